package dev.errand.samples.jobs;

import dev.errand.Backoff;
import dev.errand.Job1;
import dev.errand.JobSpec;
import dev.errand.samples.app.Crm;
import dev.errand.samples.app.CrmRateLimitedException;
import dev.errand.samples.app.CrmUnavailableException;
import dev.errand.samples.app.User;
import dev.errand.samples.app.UserDeletedException;
import dev.errand.samples.app.Users;
import java.time.Duration;

/**
 * Copies a user to an external CRM over its HTTP API.
 *
 * <p>Two failures, two rules, two counters: a rate limit is waited out a minute at a time, up to 10
 * runs; an outage is retried with a doubling delay (10 s, 20 s, 40 s, ... capped at an hour), up to
 * 8 runs. A rate limit hit during an outage does not use up the outage's runs. The upsert is
 * idempotent on the CRM's side, so a retry is always safe.
 */
public final class SyncCrmContact implements Job1<Long> {

    public static final JobSpec<SyncCrmContact> SPEC =
            JobSpec.of(SyncCrmContact.class)
                    .queue("integrations")
                    .discardOn(UserDeletedException.class)
                    .retryOn(
                            CrmRateLimitedException.class, Backoff.fixed(Duration.ofMinutes(1)), 10)
                    .retryOn(CrmUnavailableException.class, Backoff.of(SyncCrmContact::doubling), 8)
                    .build();

    private final Users users;
    private final Crm crm;

    public SyncCrmContact(Users users, Crm crm) {
        this.users = users;
        this.crm = crm;
    }

    @Override
    public void perform(Long userId) {
        User user = users.find(userId);
        crm.upsertContact(user.email(), user.name());
    }

    private static Duration doubling(int failures) {
        long seconds = 10L << Math.min(failures - 1, 20);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }
}
