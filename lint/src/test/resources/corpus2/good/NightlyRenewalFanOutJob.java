// GOOD: collects ids in a loop, then enqueueAll once
package com.acme.worker;

import com.acme.domain.Subscription;
import com.acme.domain.SubscriptionStatus;
import com.acme.repo.SubscriptionRepository;
import dev.errand.Job0;
import dev.errand.Job1;
import dev.errand.JobClient;
import dev.errand.JobSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

public class NightlyRenewalFanOutJob implements Job0 {
    public interface RenewOne extends Job1<Long> {}

    static final JobSpec<RenewOne> RENEW = JobSpec.of(RenewOne.class).queue("billing").build();
    public static final JobSpec<NightlyRenewalFanOutJob> SPEC =
            JobSpec.of(NightlyRenewalFanOutJob.class).build();
    private final SubscriptionRepository subscriptions;
    private final JobClient jobs;

    public NightlyRenewalFanOutJob(SubscriptionRepository subscriptions, JobClient jobs) {
        this.subscriptions = subscriptions;
        this.jobs = jobs;
    }

    @Override
    public void perform() {
        List<Long> ids = new ArrayList<>();
        for (Subscription s :
                subscriptions.findByStatusAndRenewsAtBefore(
                        SubscriptionStatus.ACTIVE, Instant.now())) {
            ids.add(s.getId());
        }
        jobs.enqueueAll(RENEW, ids);
    }
}
