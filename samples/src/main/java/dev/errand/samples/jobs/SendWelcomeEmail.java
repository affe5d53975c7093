package dev.errand.samples.jobs;

import dev.errand.Backoff;
import dev.errand.Job1;
import dev.errand.JobSpec;
import dev.errand.samples.app.MailTimeoutException;
import dev.errand.samples.app.Mailer;
import dev.errand.samples.app.User;
import dev.errand.samples.app.UserDeletedException;
import dev.errand.samples.app.Users;
import java.time.Clock;

/**
 * Sends a new user their welcome email, once.
 *
 * <p>Delivery is at least once, so the job checks whether the email already went out before sending
 * it: a retry after a timeout, or a second run after a crash, sends nothing twice. The one window
 * left is a crash between sending and recording; closing it needs the mail provider's own
 * idempotency key.
 *
 * <p>A mail timeout is retried up to 5 runs in all, waiting {@code executions^4 + 2} seconds plus
 * jitter between them; a user deleted in the meantime ends the job quietly.
 */
public final class SendWelcomeEmail implements Job1<Long> {

    public static final JobSpec<SendWelcomeEmail> SPEC =
            JobSpec.of(SendWelcomeEmail.class)
                    .queue("mailers")
                    .retryOn(MailTimeoutException.class, Backoff.polynomial(), 5)
                    .discardOn(UserDeletedException.class)
                    .build();

    private final Users users;
    private final Mailer mailer;
    private final Clock clock;

    public SendWelcomeEmail(Users users, Mailer mailer, Clock clock) {
        this.users = users;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Override
    public void perform(Long userId) {
        User user = users.find(userId);
        if (user.welcomeEmailSentAt() != null) {
            return;
        }

        mailer.sendWelcome(user);
        users.markWelcomeEmailSent(userId, clock.instant());
    }
}
