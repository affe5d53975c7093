package dev.errand;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

/**
 * How long to wait before the next attempt, as a function of how many times the job has failed
 * under the rule that uses it (1 after the first failure).
 *
 * <p>The built-in strategies match the ones Sidekiq and ActiveJob users know: {@link #fixed},
 * ActiveJob's {@link #polynomial} ({@code executions^4 + 2} seconds plus up to 15 % jitter) and
 * Sidekiq's {@link #sidekiq} ({@code count^4 + 15} seconds plus {@code rand(10) * (count + 1)}).
 */
@FunctionalInterface
public interface Backoff {

    /**
     * The delay before the next attempt.
     *
     * @param executions failures so far under this rule, 1 after the first failure
     */
    Duration delay(int executions);

    /** The same delay every time. */
    static Backoff fixed(Duration delay) {
        Objects.requireNonNull(delay, "fixed backoff: delay must not be null");
        if (delay.isNegative()) {
            throw new IllegalArgumentException(
                    "fixed backoff: delay must not be negative, got " + delay);
        }
        return executions -> delay;
    }

    /** ActiveJob's {@code :polynomially_longer}: {@code executions^4 + 2} seconds, plus jitter. */
    static Backoff polynomial() {
        return executions -> {
            long power = (long) Math.pow(executions, 4);
            long jitterMillis = (long) (ThreadLocalRandom.current().nextDouble() * power * 150);
            return Duration.ofSeconds(power + 2).plusMillis(jitterMillis);
        };
    }

    /**
     * Sidekiq's default retry delay: {@code count^4 + 15} seconds plus {@code rand(10) * (count +
     * 1)} seconds, where count is Sidekiq's zero-based retry_count ({@code executions - 1}).
     */
    static Backoff sidekiq() {
        return executions -> {
            long count = Math.max(0, executions - 1);
            long jitter = ThreadLocalRandom.current().nextInt(10) * (count + 1);
            return Duration.ofSeconds(count * count * count * count + 15 + jitter);
        };
    }

    /** A delay computed from the number of failures, without jitter. */
    static Backoff of(IntFunction<Duration> delayForExecutions) {
        Objects.requireNonNull(delayForExecutions, "backoff function must not be null");
        return delayForExecutions::apply;
    }
}
