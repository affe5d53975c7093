package dev.errand.samples.lint;

import dev.errand.Idempotent;
import dev.errand.Job1;
import dev.errand.JobClient;
import dev.errand.JobSpec;
import dev.errand.samples.app.Mailer;
import dev.errand.samples.app.User;
import dev.errand.samples.app.Users;
import java.util.List;

/** Every mistake the sample jobs avoid, each on a line marked with the rule that flags it. */
public final class BadSampleJob implements Job1<Long> {

    public static final JobSpec<BadSampleJob> SPEC = JobSpec.of(BadSampleJob.class).build();

    private final Users users;
    private final Mailer mailer;
    private final JobClient client;

    public BadSampleJob(Users users, Mailer mailer, JobClient client) {
        this.users = users;
        this.mailer = mailer;
        this.client = client;
    }

    @Override
    public void perform(Long userId) throws Exception {
        User user = users.find(userId);
        mailer.sendWelcome(user); // BUG: ERR003
        Thread.sleep(1_000); // BUG: ERR004
        try {
            mailer.sendReport(user.email(), 1L); // BUG: ERR003
        } catch (RuntimeException e) { // BUG: ERR005
            System.err.println("report not sent: " + e);
        }
    }

    public void fanOut(List<Long> userIds) {
        for (Long id : userIds) {
            client.enqueue(SPEC, id); // BUG: ERR008
        }
    }

    /** Declared idempotent with core's annotation: no ERR003 here. */
    @Idempotent(reason = "the fake mailer keeps one welcome per address")
    public void resend(User user) {
        mailer.sendWelcome(user);
    }
}
