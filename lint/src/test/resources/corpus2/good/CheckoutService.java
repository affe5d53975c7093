// GOOD: @Transactional; enqueue registered as afterCommit synchronization
package com.acme.service;

import com.acme.domain.Order;
import com.acme.repo.OrderRepository;
import dev.errand.Job1;
import dev.errand.JobClient;
import dev.errand.JobSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
public class CheckoutService {
    public interface FulfilOrder extends Job1<Long> {}

    static final JobSpec<FulfilOrder> FULFIL = JobSpec.of(FulfilOrder.class).build();
    private final OrderRepository orders;
    private final JobClient jobs;

    public CheckoutService(OrderRepository orders, JobClient jobs) {
        this.orders = orders;
        this.jobs = jobs;
    }

    @Transactional
    public Long checkout(Order order) {
        Long id = orders.save(order).getId();
        TransactionSynchronizationManager.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        jobs.enqueue(FULFIL, id);
                    }
                });
        return id;
    }
}
