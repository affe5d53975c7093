package dev.errand.samples;

import dev.errand.Errand;
import dev.errand.Worker;
import dev.errand.WorkerConfig;
import dev.errand.WorkerStats;
import dev.errand.backend.JobSet;
import dev.errand.samples.demo.DeliverWebhook;
import dev.errand.samples.demo.RedisHousekeeping;
import dev.errand.samples.demo.WebhookEndpoints;
import dev.errand.samples.demo.Workload;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

/**
 * The demo the README's first command runs: enqueues 10,000 webhook deliveries in bulk, runs a
 * worker until every one of them has settled, printing progress about once a second, and ends with
 * a summary.
 *
 * <p>Most deliveries succeed; some time out a few times and then succeed, some are discarded, some
 * die (see {@link Workload}), with retry delays of 50-100 ms so the run takes seconds. It runs in
 * memory, or on Redis when {@code REDIS_URL} is set; there it first clears its own queue and
 * nothing else. {@code ERRAND_CONCURRENCY} sets the number of worker threads (default 10), and the
 * first program argument the number of jobs.
 *
 * <p>The work is done when the queue is empty, no job is in flight, and every delivery has settled:
 * each run either settles its job (success, discard, death) or sends it to the retry set, so {@code
 * processed - retried} counts the settled deliveries.
 */
public final class Demo {

    public static final int DEFAULT_JOBS = 10_000;

    /** The scheduler looks at the retry set at least this often, so retries run on time. */
    static final Duration POLL_INTERVAL = Duration.ofMillis(50);

    /** How long the work must stay done before the demo believes it. */
    static final Duration SETTLE = Duration.ofMillis(200);

    static final Duration GIVE_UP_AFTER = Duration.ofMinutes(2);
    private static final long SAMPLE_MILLIS = 20;
    private static final long PROGRESS_NANOS = TimeUnit.SECONDS.toNanos(1);

    /**
     * What a run did.
     *
     * @param processed executions, failed ones included, as Sidekiq counts them
     */
    public record Summary(
            int jobs,
            long processed,
            long succeeded,
            long retried,
            long discarded,
            long dead,
            Duration elapsed) {

        /** Executions per second. */
        public double throughput() {
            double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
            return processed / seconds;
        }
    }

    private Demo() {}

    public static void main(String[] args) throws InterruptedException {
        int jobs = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_JOBS;
        String redisUrl = System.getenv("REDIS_URL");
        if (redisUrl != null && !redisUrl.isBlank()) {
            RedisHousekeeping.prepare(redisUrl, Set.of(DeliverWebhook.QUEUE), System.out);
        }
        try (Errand errand = Errand.fromEnvironment()) {
            run(errand, jobs);
        }
    }

    /** Runs the demo with {@code jobs} deliveries on {@code errand}, printing to System.out. */
    public static Summary run(Errand errand, int jobs) throws InterruptedException {
        return run(errand, jobs, System.out);
    }

    public static Summary run(Errand errand, int jobs, PrintStream out)
            throws InterruptedException {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs: must be 1 or more, got " + jobs);
        }
        WorkerConfig config =
                WorkerConfig.builder()
                        .concurrency(concurrencyFromEnvironment())
                        .queues(DeliverWebhook.QUEUE)
                        .pollInterval(POLL_INTERVAL)
                        .build();
        out.printf(
                "Errand demo: %,d webhook deliveries on %s, concurrency %d%n",
                jobs, errand.backend().describe(), config.concurrency());
        long retrySetBefore = errand.backend().size(JobSet.RETRY);
        long started = System.nanoTime();

        List<Long> deliveryIds = LongStream.rangeClosed(1, jobs).boxed().toList();
        errand.enqueueAll(DeliverWebhook.SPEC, deliveryIds);
        out.printf(
                "Enqueued %,d jobs in %,d ms with enqueueAll%n",
                jobs, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));

        WebhookEndpoints endpoints = new WebhookEndpoints();
        Worker worker =
                errand.worker(config)
                        .register(DeliverWebhook.SPEC, () -> new DeliverWebhook(endpoints))
                        .stopOnShutdown()
                        .start();
        long finished;
        try {
            finished = new Progress(errand, worker, jobs, started, retrySetBefore, out).await();
        } finally {
            worker.stop();
        }

        WorkerStats stats = worker.stats();
        Summary summary =
                new Summary(
                        jobs,
                        stats.processed(),
                        stats.succeeded(),
                        stats.retried(),
                        stats.discarded(),
                        stats.dead(),
                        Duration.ofNanos(finished - started));
        print(summary, out);
        return summary;
    }

    static int concurrencyFromEnvironment() {
        String value = System.getenv("ERRAND_CONCURRENCY");
        if (value == null || value.isBlank()) {
            return WorkerConfig.defaults().concurrency();
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "ERRAND_CONCURRENCY: expected a number of threads"
                            + " such as 10, got \""
                            + value
                            + "\"",
                    e);
        }
    }

    private static void print(Summary summary, PrintStream out) {
        out.printf("Finished in %.2f s%n", summary.elapsed().toMillis() / 1000.0);
        out.printf("  enqueued    %,8d jobs%n", summary.jobs());
        out.printf("  processed   %,8d (every run, retries included)%n", summary.processed());
        out.printf("  succeeded   %,8d%n", summary.succeeded());
        out.printf("  retried     %,8d%n", summary.retried());
        out.printf("  discarded   %,8d%n", summary.discarded());
        out.printf("  dead        %,8d%n", summary.dead());
        out.printf("  throughput  %,8.0f jobs/s (processed per second)%n", summary.throughput());
    }

    /** Watches the worker until the work is done, printing a line about once a second. */
    private static final class Progress {
        private final Errand errand;
        private final Worker worker;
        private final int jobs;
        private final long started;
        private final long retrySetBefore;
        private final PrintStream out;
        private long nextLine;
        private long processedAtLastLine;
        private long lastLine;

        Progress(
                Errand errand,
                Worker worker,
                int jobs,
                long started,
                long retrySetBefore,
                PrintStream out) {
            this.errand = errand;
            this.worker = worker;
            this.jobs = jobs;
            this.started = started;
            this.retrySetBefore = retrySetBefore;
            this.out = out;
            this.nextLine = started + PROGRESS_NANOS;
            this.lastLine = started;
        }

        /** Returns the time (System.nanoTime) at which the work was done. */
        long await() throws InterruptedException {
            long doneSince = -1;
            while (true) {
                Thread.sleep(SAMPLE_MILLIS);
                long now = System.nanoTime();
                WorkerStats stats = worker.stats();
                long queued = errand.backend().queueSize(DeliverWebhook.QUEUE);
                int inFlight = worker.inFlight();
                long settled = stats.processed() - stats.retried();

                if (queued == 0 && inFlight == 0 && settled >= jobs) {
                    if (doneSince < 0) {
                        doneSince = now;
                    } else if (now - doneSince >= SETTLE.toNanos()) {
                        return doneSince;
                    }
                } else {
                    doneSince = -1;
                }
                if (now >= nextLine) {
                    printLine(now, stats, queued);
                    nextLine += PROGRESS_NANOS;
                }
                if (now - started > GIVE_UP_AFTER.toNanos()) {
                    throw new IllegalStateException(
                            "the demo did not finish within "
                                    + GIVE_UP_AFTER.toMinutes()
                                    + " minutes: "
                                    + settled
                                    + " of "
                                    + jobs
                                    + " deliveries settled, "
                                    + queued
                                    + " queued, "
                                    + inFlight
                                    + " in flight, worker stats "
                                    + stats);
                }
            }
        }

        private void printLine(long now, WorkerStats stats, long queued) {
            long retrySet = Math.max(0, errand.backend().size(JobSet.RETRY) - retrySetBefore);
            double seconds = (now - lastLine) / 1e9;
            double rate = (stats.processed() - processedAtLastLine) / seconds;
            out.printf(
                    "[%5.1f s] processed %,7d | retried %,6d | discarded %,5d | dead %,5d"
                            + " | queued %,6d | retry set %,5d | %,7.0f jobs/s%n",
                    (now - started) / 1e9,
                    stats.processed(),
                    stats.retried(),
                    stats.discarded(),
                    stats.dead(),
                    queued,
                    retrySet,
                    rate);
            processedAtLastLine = stats.processed();
            lastLine = now;
        }
    }
}
