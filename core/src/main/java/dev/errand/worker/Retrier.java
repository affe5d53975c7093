package dev.errand.worker;

import dev.errand.Backoff;
import dev.errand.DeathHandler;
import dev.errand.JobRecord;
import dev.errand.JobSpec;
import dev.errand.RetryOnRule;
import dev.errand.backend.Backend;
import dev.errand.backend.DeadSetLimits;
import dev.errand.backend.JobSet;
import dev.errand.backend.SortedEntry;
import dev.errand.wire.Backtraces;
import dev.errand.wire.ErrorMessages;
import dev.errand.wire.Payload;
import dev.errand.wire.Timestamps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failed execution into a retry, a discard or a death, following the job's spec and
 * Sidekiq's rules:
 *
 * <ol>
 *   <li>{@code discardOn} errors drop the job (no retry, no dead set).
 *   <li>{@code retryOn} rules each count their own executions under {@code exception_executions};
 *       the first run counts, and a rule that runs out kills the job.
 *   <li>Everything else follows Sidekiq's {@code retry}: {@code true} is 25 retries, {@code n} is n
 *       retries after the first run, {@code false} none. The count that limit applies to leaves out
 *       failures handled by retryOn rules, so no two rules share a counter.
 * </ol>
 *
 * <p>Every failure writes Sidekiq's error fields ({@code error_class}, {@code error_message},
 * {@code failed_at} or {@code retried_at}, {@code retry_count}, and {@code error_backtrace} when
 * asked), so the Sidekiq Web UI shows it. A dying job goes to the dead set unless {@code dead} is
 * false, then death handlers run. One Errand rule differs from Sidekiq: a job whose class this
 * worker does not know is never dropped; with retries off it still goes to the dead set.
 */
public final class Retrier {
    private static final Logger LOG = LoggerFactory.getLogger(Retrier.class);

    private final Backend backend;
    private final Clock clock;
    private final DeadSetLimits deadSetLimits;
    private final List<DeathHandler> deathHandlers;
    private final RandomGenerator jitter;
    private final HandlerFailure handlerFailure;

    public Retrier(
            Backend backend,
            Clock clock,
            DeadSetLimits deadSetLimits,
            List<DeathHandler> deathHandlers) {
        this(
                backend,
                clock,
                deadSetLimits,
                deathHandlers,
                () -> ThreadLocalRandom.current().nextLong());
    }

    /**
     * A retrier whose backoff jitter comes from {@code jitter}; the testing harness passes a source
     * that always draws zero so retry times are exact on its test clock.
     */
    public Retrier(
            Backend backend,
            Clock clock,
            DeadSetLimits deadSetLimits,
            List<DeathHandler> deathHandlers,
            RandomGenerator jitter) {
        this(
                backend,
                clock,
                deadSetLimits,
                deathHandlers,
                jitter,
                (job, handler, failure) ->
                        LOG.error(
                                "death handler {} failed for job {}", handler, job.jid(), failure));
    }

    /** What to do when a death handler throws; production logs it and carries on. */
    @FunctionalInterface
    public interface HandlerFailure {
        void failed(JobRecord job, DeathHandler handler, Throwable failure);
    }

    /**
     * A retrier that reports death-handler failures to {@code handlerFailure} instead of the log;
     * the testing harness uses it so an assertion inside a handler reaches the test.
     */
    public Retrier(
            Backend backend,
            Clock clock,
            DeadSetLimits deadSetLimits,
            List<DeathHandler> deathHandlers,
            RandomGenerator jitter,
            HandlerFailure handlerFailure) {
        this.handlerFailure = handlerFailure;
        this.backend = backend;
        this.clock = clock;
        this.deadSetLimits = deadSetLimits;
        this.deathHandlers = List.copyOf(deathHandlers);
        this.jitter = jitter;
    }

    DeadSetLimits deadSetLimits() {
        return deadSetLimits;
    }

    /**
     * Records one failure and writes the job where it belongs.
     *
     * @param spec the job's spec, or null when the class is not registered here
     * @param fetchedFrom the queue the job was taken from
     */
    public Outcome handle(Payload payload, JobSpec<?> spec, Throwable error, String fetchedFrom) {
        if (spec != null && spec.discardOn().stream().anyMatch(type -> type.isInstance(error))) {
            return Outcome.DISCARDED;
        }
        Instant now = clock.instant();
        recordError(payload, error, fetchedFrom, now);
        RetryOnRule rule = spec == null ? null : firstMatchingRule(spec, error);
        if (rule != null) {
            int executions = countRuleExecution(payload, rule);
            if (executions < rule.attempts()) {
                return retry(payload, delay(rule.backoff(), executions), now);
            }
            return die(payload, spec, error, now, spec.dead());
        }
        Object retry = payload.retry().orElse(spec == null ? Boolean.FALSE : spec.retry());
        if (Boolean.FALSE.equals(retry)) {
            boolean unknownClass = spec == null;
            return die(payload, spec, error, now, unknownClass);
        }
        int max = retry instanceof Integer count ? count : JobSpec.DEFAULT_MAX_RETRIES;
        int genericFailures = genericFailures(payload);
        if (genericFailures - 1 >= max) {
            return die(payload, spec, error, now, spec == null || spec.dead());
        }
        Backoff backoff =
                spec == null ? Backoff.sidekiq() : spec.retryIn().orElse(Backoff.sidekiq());
        return retry(payload, delay(backoff, genericFailures), now);
    }

    /**
     * The backoff's delay, or Sidekiq's formula when the backoff throws or returns null (as Sidekiq
     * does when a sidekiq_retry_in block fails), capped at ten years.
     */
    private Duration delay(Backoff backoff, int executions) {
        Duration delay;
        try {
            delay = backoff.delay(executions, jitter);
        } catch (RuntimeException e) {
            LOG.warn(
                    "retry backoff {} failed for execution {}; using Sidekiq's formula",
                    backoff,
                    executions,
                    e);
            delay = null;
        }
        if (delay == null) {
            delay = Backoff.sidekiq().delay(executions, jitter);
        }
        Duration max = Duration.ofDays(3650);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    private static RetryOnRule firstMatchingRule(JobSpec<?> spec, Throwable error) {
        for (RetryOnRule rule : spec.retryOn()) {
            if (rule.matches(error)) {
                return rule;
            }
        }
        return null;
    }

    private void recordError(Payload payload, Throwable error, String fetchedFrom, Instant now) {
        Object retryQueue = payload.get("retry_queue");
        payload.put(
                "queue", retryQueue instanceof String name && !name.isBlank() ? name : fetchedFrom);
        payload.put("error_message", ErrorMessages.of(error));
        payload.put("error_class", error.getClass().getName());
        if (payload.get("retry_count") instanceof Number) {
            payload.put("retried_at", Timestamps.seconds(now));
            payload.put("retry_count", payload.retryCount().get() + 1);
        } else {
            payload.put("failed_at", Timestamps.seconds(now));
            payload.put("retry_count", 0);
        }
        Object backtrace = payload.get("backtrace");
        if (Boolean.TRUE.equals(backtrace) || backtrace instanceof Number n && n.intValue() > 0) {
            payload.put("error_backtrace", Backtraces.encode(Backtraces.frames(error, backtrace)));
        }
    }

    private static int countRuleExecution(Payload payload, RetryOnRule rule) {
        Map<String, Object> counters = payload.exceptionExecutions();
        int executions = counters.get(rule.key()) instanceof Number n ? n.intValue() + 1 : 1;
        counters.put(rule.key(), executions);
        return executions;
    }

    /** Failures so far that no retryOn rule handled, this one included. */
    private static int genericFailures(Payload payload) {
        long failures = payload.retryCount().orElse(0) + 1L;
        int byRules = 0;
        for (Object value : payload.exceptionExecutions().values()) {
            if (value instanceof Number n) {
                byRules += n.intValue();
            }
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, failures - byRules));
    }

    private Outcome retry(Payload payload, Duration delay, Instant now) {
        Instant at = now.plus(delay.isNegative() ? Duration.ZERO : delay);
        backend.add(JobSet.RETRY, List.of(new SortedEntry(Timestamps.score(at), payload.toJson())));
        return Outcome.RETRIED;
    }

    private Outcome die(
            Payload payload, JobSpec<?> spec, Throwable error, Instant now, boolean toDeadSet) {
        boolean keep = toDeadSet && !Boolean.FALSE.equals(payload.get("dead")) || spec == null;
        if (keep) {
            backend.kill(new SortedEntry(Timestamps.score(now), payload.toJson()), deadSetLimits);
        }
        runDeathHandlers(payload, spec, error);
        return keep ? Outcome.DEAD : Outcome.DROPPED;
    }

    private void runDeathHandlers(Payload payload, JobSpec<?> spec, Throwable error) {
        List<DeathHandler> handlers = new ArrayList<>();
        if (spec != null) {
            handlers.addAll(spec.deathHandlers());
        }
        handlers.addAll(deathHandlers);
        JobRecord record = JobRecord.of(payload);
        for (DeathHandler handler : handlers) {
            try {
                handler.onDeath(record, error);
            } catch (RuntimeException | Error e) {
                handlerFailure.failed(record, handler, e);
            }
        }
    }
}
