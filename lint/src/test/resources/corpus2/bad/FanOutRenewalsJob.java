// INTENDED: ERR008 - for-each loop calling errand.enqueue per subscription
package com.acme.jobs;

import com.acme.domain.Subscription;
import com.acme.domain.SubscriptionStatus;
import com.acme.repo.SubscriptionRepository;
import dev.errand.Errand;
import dev.errand.Job0;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

public class FanOutRenewalsJob implements Job0 {
    public interface RenewSubscription extends Job1<Long> {}

    public static final JobSpec<RenewSubscription> RENEW =
            JobSpec.of(RenewSubscription.class).queue("billing").build();
    public static final JobSpec<FanOutRenewalsJob> SPEC =
            JobSpec.of(FanOutRenewalsJob.class).build();

    private final SubscriptionRepository subscriptions;
    private final Errand errand;

    public FanOutRenewalsJob(SubscriptionRepository subscriptions, Errand errand) {
        this.subscriptions = subscriptions;
        this.errand = errand;
    }

    @Override
    public void perform() {
        Instant horizon = Instant.now().plus(1, ChronoUnit.DAYS);
        for (Subscription sub :
                subscriptions.findByStatusAndRenewsAtBefore(SubscriptionStatus.ACTIVE, horizon)) {
            errand.enqueue(RENEW, sub.getId());
        }
    }
}
