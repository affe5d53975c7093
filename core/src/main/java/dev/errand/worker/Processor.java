package dev.errand.worker;

import dev.errand.ErrorHandler;
import dev.errand.Job;
import dev.errand.JobRecord;
import dev.errand.JobSpec;
import dev.errand.backend.Backend;
import dev.errand.backend.BackendException;
import dev.errand.backend.QueuedJob;
import dev.errand.backend.SortedEntry;
import dev.errand.middleware.ServerChain;
import dev.errand.wire.ErrorMessages;
import dev.errand.wire.MalformedPayloadException;
import dev.errand.wire.Payload;
import dev.errand.wire.PayloadReader;
import dev.errand.wire.Timestamps;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs one job: reads the payload, finds the registered job, runs it through the server middleware
 * chain, times it and logs one word for it ({@code start}, {@code done}, {@code fail}) with jid,
 * class, queue and elapsed milliseconds in the MDC.
 *
 * <p>It never throws. A failure of any kind (an exception, an {@link Error}, an unknown class,
 * arguments that do not fit) goes to the {@link Retrier}. A payload that is not a job at all goes
 * to the dead set as it was, as Sidekiq does, and is logged with the reason; so does a payload the
 * retrier itself cannot handle. A job interrupted by a hard shutdown is reported as {@link
 * Result#ABANDONED}: the launcher has already pushed it back to its queue. A job whose retry or
 * dead-set entry could not be written because the backend is down is reported as {@link
 * Result#UNSETTLED}: it must not be acknowledged, and goes back to its queue instead.
 *
 * <p>A job that succeeds costs as little reading as possible: without server middleware only the
 * fields that run it are decoded ({@link PayloadReader}), and the whole payload is read only when
 * the job fails and its retry or dead-set entry has to be written.
 */
final class Processor {
    private static final Logger LOG = LoggerFactory.getLogger(Processor.class);

    /** The per-job lines, under their own name so they can be turned down without the rest. */
    private static final Logger JOB_LOG = LoggerFactory.getLogger("dev.errand.job");

    /** What became of the job, for the caller that acknowledges it. */
    enum Result {
        /** Finished: succeeded, or its failure was written; acknowledge it. */
        DONE,
        /** Pushed back by the launcher at the shutdown deadline; do not acknowledge it. */
        ABANDONED,
        /** Failed, and the failure could not be written; push it back, do not acknowledge it. */
        UNSETTLED
    }

    private final Registry registry;
    private final ServerChain middleware;
    private final Retrier retrier;
    private final List<ErrorHandler> errorHandlers;
    private final Counters counters;
    private final BusyJobs busy;
    private final Backend backend;
    private final Clock clock;
    private final ShutdownState shutdown;

    Processor(
            Registry registry,
            ServerChain middleware,
            Retrier retrier,
            List<ErrorHandler> errorHandlers,
            Counters counters,
            BusyJobs busy,
            Backend backend,
            Clock clock,
            ShutdownState shutdown) {
        this.registry = registry;
        this.middleware = middleware;
        this.retrier = retrier;
        this.errorHandlers = List.copyOf(errorHandlers);
        this.counters = counters;
        this.busy = busy;
        this.backend = backend;
        this.clock = clock;
        this.shutdown = shutdown;
    }

    Result process(QueuedJob job, String tid) {
        Payload payload;
        try {
            payload = read(job.payload());
        } catch (MalformedPayloadException e) {
            return bury(job, e.getMessage());
        }
        long started = System.nanoTime();
        busy.started(tid, job, Math.floorDiv(clock.millis(), 1000L));
        setMdc(payload, job.queue());
        try {
            JOB_LOG.debug("start");
            run(payload, job.queue());
            if (JOB_LOG.isInfoEnabled()) {
                MDC.put("elapsed_ms", Long.toString(elapsedMillis(started)));
                JOB_LOG.info("done");
            }
            counters.succeeded();
            return Result.DONE;
        } catch (Throwable error) {
            if (shutdown.abandoned(Thread.currentThread())) {
                LOG.info("abandoned at shutdown, pushed back to queue {}", job.queue());
                return Result.ABANDONED;
            }
            MDC.put("elapsed_ms", Long.toString(elapsedMillis(started)));
            return fail(job, payload, error);
        } finally {
            busy.finished(tid);
            MDC.clear();
        }
    }

    /**
     * Without middleware, only the fields that run the job are read, and the rest waits for a
     * failure; middleware sees every field, so then the whole payload is read at once.
     */
    private Payload read(String json) {
        return middleware.isEmpty() ? PayloadReader.read(json) : Payload.parse(json);
    }

    private void run(Payload payload, String queue) throws Exception {
        Registry.Registration<?> registration = registry.get(payload.className());
        if (registration == null) {
            throw new UnknownJobException(payload.className());
        }
        if (middleware.isEmpty()) {
            perform(registration, payload);
        } else {
            middleware.run(JobRecord.of(payload), queue, () -> perform(registration, payload));
        }
    }

    private static void perform(Registry.Registration<?> registration, Payload payload)
            throws Exception {
        Job job = registration.factory().get();
        if (job == null) {
            throw new IllegalStateException(
                    "the factory registered for " + payload.className() + " returned null");
        }
        Invoker.invoke(job, registration.spec(), payload.args());
    }

    private Result fail(QueuedJob job, Payload payload, Throwable error) {
        try {
            payload.fields();
        } catch (MalformedPayloadException e) {
            return bury(job, e.getMessage());
        }
        String queue = job.queue();
        Registry.Registration<?> registration = registry.get(payload.className());
        JobSpec<?> spec = registration == null ? null : registration.spec();
        runErrorHandlers(payload, error);
        Outcome outcome;
        try {
            outcome = retrier.handle(payload, spec, error, queue);
        } catch (BackendException e) {
            LOG.error(
                    "fail: {}: {}; and the failure could not be written ({}), so the job goes"
                            + " back to queue {} to run again",
                    error.getClass().getName(),
                    ErrorMessages.of(error),
                    e.getMessage(),
                    queue);
            return Result.UNSETTLED;
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error(
                    "fail: {}: {}; and the retrier could not handle this payload",
                    error.getClass().getName(),
                    ErrorMessages.of(error),
                    e);
            return bury(job, "the retrier failed on it: " + e);
        }
        counters.failed(outcome);
        MDC.put("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT));
        if (error instanceof Exception || !describable(error)) {
            JOB_LOG.warn("fail: {}: {}", error.getClass().getName(), ErrorMessages.of(error));
        } else {
            JOB_LOG.error("fail", error);
        }
        return Result.DONE;
    }

    /** False for a throwable whose message throws, which a logger could not print. */
    private static boolean describable(Throwable error) {
        try {
            error.toString();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void runErrorHandlers(Payload payload, Throwable error) {
        for (ErrorHandler handler : errorHandlers) {
            try {
                handler.onError(error, JobRecord.of(payload));
            } catch (RuntimeException | Error e) {
                LOG.error("error handler {} failed", handler, e);
            }
        }
    }

    /** A payload nobody can run goes to the dead set byte for byte, with the reason logged. */
    private Result bury(QueuedJob job, String reason) {
        double now = Timestamps.score(clock.instant());
        String preview =
                job.payload().length() > 200
                        ? job.payload().substring(0, 200) + "..."
                        : job.payload();
        try {
            backend.kill(new SortedEntry(now, job.payload()), retrier.deadSetLimits());
        } catch (BackendException e) {
            LOG.error(
                    "unreadable payload on queue {} ({}) could not be moved to the dead set"
                            + " ({}); it goes back to its queue; payload: {}",
                    job.queue(),
                    reason,
                    e.getMessage(),
                    preview);
            return Result.UNSETTLED;
        }
        counters.failed(Outcome.DEAD);
        LOG.error(
                "dead: unreadable payload on queue {} moved to the dead set: {}; payload: {}",
                job.queue(),
                reason,
                preview);
        return Result.DONE;
    }

    private static void setMdc(Payload payload, String queue) {
        MDC.put("jid", String.valueOf(payload.jid()));
        MDC.put("class", payload.displayClass());
        MDC.put("queue", queue);
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
