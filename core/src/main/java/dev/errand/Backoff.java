package dev.errand;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import java.util.random.RandomGenerator;

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

    /**
     * The delay, drawing any jitter from {@code random}. The worker passes a shared random source;
     * the testing harness passes one that always draws zero, so retry times on its test clock are
     * exact. Strategies without jitter need not override this.
     */
    default Duration delay(int executions, RandomGenerator random) {
        return delay(executions);
    }

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
        return new Jittered(
                "polynomial",
                (executions, random) -> {
                    long power = (long) Math.pow(executions, 4);
                    long jitterMillis = (long) (random.nextDouble() * power * 150);
                    return Duration.ofSeconds(power + 2).plusMillis(jitterMillis);
                });
    }

    /**
     * Sidekiq's default retry delay: {@code count^4 + 15} seconds plus {@code rand(10) * (count +
     * 1)} seconds, where count is Sidekiq's zero-based retry_count ({@code executions - 1}).
     */
    static Backoff sidekiq() {
        return new Jittered(
                "sidekiq",
                (executions, random) -> {
                    long count = Math.max(0, executions - 1);
                    long jitter = random.nextInt(10) * (count + 1);
                    return Duration.ofSeconds(count * count * count * count + 15 + jitter);
                });
    }

    /** A delay computed from the number of failures, without jitter. */
    static Backoff of(IntFunction<Duration> delayForExecutions) {
        Objects.requireNonNull(delayForExecutions, "backoff function must not be null");
        return delayForExecutions::apply;
    }

    /** A built-in strategy whose jitter comes from the random source it is given. */
    final class Jittered implements Backoff {
        private final String name;
        private final java.util.function.BiFunction<Integer, RandomGenerator, Duration> formula;

        private Jittered(
                String name,
                java.util.function.BiFunction<Integer, RandomGenerator, Duration> formula) {
            this.name = name;
            this.formula = formula;
        }

        @Override
        public Duration delay(int executions) {
            return delay(executions, ThreadLocalRandom.current());
        }

        @Override
        public Duration delay(int executions, RandomGenerator random) {
            return formula.apply(executions, random);
        }

        @Override
        public String toString() {
            return "Backoff." + name + "()";
        }
    }
}
