package dev.errand.samples.app;

import java.time.Instant;

/**
 * A user of the sample application.
 *
 * @param welcomeEmailSentAt when the welcome email went out, or null if it has not yet
 * @param plan {@code "trial"}, {@code "pro"}, ...
 * @param trialEndsAt when the trial ends, or null when the user is not on a trial
 */
public record User(
        long id,
        String email,
        String name,
        Instant welcomeEmailSentAt,
        String plan,
        Instant trialEndsAt) {

    public boolean onTrial() {
        return "trial".equals(plan);
    }

    public User withWelcomeEmailSentAt(Instant at) {
        return new User(id, email, name, at, plan, trialEndsAt);
    }

    public User withPlan(String newPlan) {
        return new User(id, email, name, welcomeEmailSentAt, newPlan, trialEndsAt);
    }
}
