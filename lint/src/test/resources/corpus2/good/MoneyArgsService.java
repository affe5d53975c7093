// GOOD: enqueue with JSON-native args: Long, String amount, String currency, ISO-8601 time string
package com.acme.service;

import com.acme.domain.Order;
import dev.errand.Job3;
import dev.errand.JobClient;
import dev.errand.JobSpec;
import java.time.Instant;

public class MoneyArgsService {
    public interface SettleOrder extends Job3<Long, String, String> {}

    static final JobSpec<SettleOrder> SETTLE =
            JobSpec.of(SettleOrder.class).queue("payments").build();
    private final JobClient jobs;

    public MoneyArgsService(JobClient jobs) {
        this.jobs = jobs;
    }

    public String settle(Order order, Instant when) {
        return jobs.enqueueAt(
                SETTLE, when, order.getId(), order.getTotal().toPlainString(), when.toString());
    }
}
