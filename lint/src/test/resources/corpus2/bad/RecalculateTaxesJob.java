// INTENDED: ERR005 - catch (RuntimeException) inside a forEach lambda that logs and moves on
package com.acme.jobs;

import com.acme.domain.Order;
import com.acme.repo.OrderRepository;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.math.BigDecimal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class RecalculateTaxesJob implements Job1<List<Long>> {
    private static final Logger log = LoggerFactory.getLogger(RecalculateTaxesJob.class);
    public static final JobSpec<RecalculateTaxesJob> SPEC =
            JobSpec.of(RecalculateTaxesJob.class).build();
    private final OrderRepository orders;

    public RecalculateTaxesJob(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public void perform(List<Long> orderIds) {
        orderIds.forEach(
                id -> {
                    try {
                        Order order = orders.findById(id).orElseThrow();
                        order.setTotal(
                                order.getLines().stream()
                                        .map(
                                                l ->
                                                        l.getPrice()
                                                                .multiply(
                                                                        BigDecimal.valueOf(
                                                                                l.getQuantity())))
                                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                                        .multiply(new BigDecimal("1.20")));
                        orders.save(order);
                    } catch (RuntimeException e) {
                        log.warn("tax recalculation failed for order {}", id, e);
                    }
                });
    }
}
