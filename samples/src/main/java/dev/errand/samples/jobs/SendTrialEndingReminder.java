package dev.errand.samples.jobs;

import dev.errand.Job1;
import dev.errand.JobClient;
import dev.errand.JobSpec;
import dev.errand.samples.app.Mailer;
import dev.errand.samples.app.User;
import dev.errand.samples.app.UserDeletedException;
import dev.errand.samples.app.Users;
import java.time.Duration;
import java.time.Instant;

/**
 * Reminds a trial user, three days before the trial ends, that it is ending.
 *
 * <p>A scheduled job runs in a world that has moved on since it was enqueued: by the time it is due
 * the user may have upgraded or left. So it checks again instead of trusting what was true at
 * scheduling time.
 */
public final class SendTrialEndingReminder implements Job1<Long> {

    public static final JobSpec<SendTrialEndingReminder> SPEC =
            JobSpec.of(SendTrialEndingReminder.class)
                    .queue("mailers")
                    .discardOn(UserDeletedException.class)
                    .build();

    static final Duration BEFORE_END = Duration.ofDays(3);
    static final Duration SHORT_TRIAL_DELAY = Duration.ofMinutes(10);

    private final Users users;
    private final Mailer mailer;

    public SendTrialEndingReminder(Users users, Mailer mailer) {
        this.users = users;
        this.mailer = mailer;
    }

    /**
     * Schedules the reminder three days before the trial ends, or in ten minutes when the trial is
     * shorter than that.
     */
    public static String schedule(JobClient client, User user) {
        Instant remindAt = user.trialEndsAt().minus(BEFORE_END);
        if (remindAt.isAfter(client.clock().instant().plus(SHORT_TRIAL_DELAY))) {
            return client.enqueueAt(SPEC, remindAt, user.id());
        }
        return client.enqueueIn(SPEC, SHORT_TRIAL_DELAY, user.id());
    }

    // The reminder is the job's only effect and its last step: a crash between the send and the
    // acknowledgement sends one duplicate reminder, which this sample accepts (SendWelcomeEmail
    // shows the sent-flag guard).
    @SuppressWarnings("errand:UnguardedSideEffect")
    @Override
    public void perform(Long userId) {
        User user = users.find(userId);
        if (!user.onTrial()) {
            return;
        }

        mailer.sendTrialEnding(user);
    }
}
