// INTENDED: ERR009 - @Transactional method saves then enqueues before commit
package com.acme.service;

import com.acme.domain.Order;
import com.acme.domain.OrderStatus;
import com.acme.repo.OrderRepository;
import dev.errand.Job1;
import dev.errand.JobClient;
import dev.errand.JobSpec;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrderService {
    public interface FulfilOrder extends Job1<Long> {}

    static final JobSpec<FulfilOrder> FULFIL =
            JobSpec.of(FulfilOrder.class).queue("fulfilment").build();
    private final OrderRepository orders;
    private final JobClient jobs;

    public OrderService(OrderRepository orders, JobClient jobs) {
        this.orders = orders;
        this.jobs = jobs;
    }

    @Transactional
    public Long placeOrder(Order order) {
        order.setStatus(OrderStatus.NEW);
        order.setPlacedAt(Instant.now());
        Order saved = orders.save(order);
        jobs.enqueue(FULFIL, saved.getId());
        return saved.getId();
    }
}
