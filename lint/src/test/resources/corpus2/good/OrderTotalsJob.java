// GOOD: total accumulated in a local BigDecimal, then setTotal(total)
package com.acme.worker;

import com.acme.domain.Order;
import com.acme.domain.OrderLine;
import com.acme.repo.OrderRepository;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.math.BigDecimal;

public class OrderTotalsJob implements Job1<Long> {
    public static final JobSpec<OrderTotalsJob> SPEC = JobSpec.of(OrderTotalsJob.class).build();
    private final OrderRepository orders;

    public OrderTotalsJob(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public void perform(Long orderId) {
        Order order = orders.findById(orderId).orElseThrow();
        BigDecimal total = BigDecimal.ZERO;
        for (OrderLine line : order.getLines()) {
            total = total.add(line.getPrice().multiply(BigDecimal.valueOf(line.getQuantity())));
        }
        order.setTotal(total);
        orders.save(order);
    }
}
