// INTENDED: ERR001 - perform takes java.time.Instant
package com.acme.jobs;

import com.acme.domain.Subscription;
import com.acme.domain.SubscriptionStatus;
import com.acme.repo.SubscriptionRepository;
import dev.errand.Job2;
import dev.errand.JobSpec;
import java.time.Instant;

public class ExpireTrialJob implements Job2<Long, Instant> {
    public static final JobSpec<ExpireTrialJob> SPEC =
            JobSpec.of(ExpireTrialJob.class).queue("billing").build();

    private final SubscriptionRepository subscriptions;

    public ExpireTrialJob(SubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public void perform(Long subscriptionId, Instant trialEndsAt) {
        Subscription sub = subscriptions.findById(subscriptionId).orElseThrow();
        if (sub.getStatus() != SubscriptionStatus.TRIAL || Instant.now().isBefore(trialEndsAt)) {
            return;
        }
        sub.setStatus(SubscriptionStatus.PAST_DUE);
        subscriptions.save(sub);
    }
}
