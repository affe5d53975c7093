// INTENDED: ERR003 - Slack postMessage with no guard
package com.acme.jobs;

import com.acme.domain.OrderStatus;
import com.acme.notify.SlackClient;
import com.acme.repo.OrderRepository;
import dev.errand.Job0;
import dev.errand.JobSpec;

public class DailyDigestSlackJob implements Job0 {
    public static final JobSpec<DailyDigestSlackJob> SPEC =
            JobSpec.of(DailyDigestSlackJob.class).build();
    private final SlackClient slack;
    private final OrderRepository orders;

    public DailyDigestSlackJob(SlackClient slack, OrderRepository orders) {
        this.slack = slack;
        this.orders = orders;
    }

    @Override
    public void perform() {
        int pending = orders.findTop500ByStatusOrderByIdAsc(OrderStatus.NEW).size();
        slack.postMessage("#ops", "Pending orders this morning: " + pending);
    }
}
