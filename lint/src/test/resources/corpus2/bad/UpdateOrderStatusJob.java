// INTENDED: ERR001 - perform takes an enum (OrderStatus)
package com.acme.jobs;

import com.acme.domain.Order;
import com.acme.domain.OrderStatus;
import com.acme.repo.OrderRepository;
import dev.errand.Job2;
import dev.errand.JobSpec;

public class UpdateOrderStatusJob implements Job2<Long, OrderStatus> {
    public static final JobSpec<UpdateOrderStatusJob> SPEC =
            JobSpec.of(UpdateOrderStatusJob.class).build();
    private final OrderRepository orders;

    public UpdateOrderStatusJob(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public void perform(Long orderId, OrderStatus newStatus) {
        Order order = orders.findById(orderId).orElseThrow();
        order.setStatus(newStatus);
        orders.save(order);
    }
}
