package dev.errand.backend;

import java.time.Duration;

/**
 * How Sidekiq trims the dead set on every kill: entries older than {@code timeout} go, and the set
 * keeps at most {@code maxJobs - 1} entries (Sidekiq's rank trim {@code 0..-maxJobs} keeps one
 * fewer than its name suggests; Errand trims the same way so both sides agree).
 */
public record DeadSetLimits(int maxJobs, Duration timeout) {
    public static final DeadSetLimits SIDEKIQ_DEFAULTS =
            new DeadSetLimits(10_000, Duration.ofDays(180));

    public DeadSetLimits {
        if (maxJobs < 1) {
            throw new IllegalArgumentException("deadMaxJobs: must be 1 or more, got " + maxJobs);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("deadTimeout: must be positive, got " + timeout);
        }
    }
}
