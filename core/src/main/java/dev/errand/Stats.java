package dev.errand;

/**
 * The dashboard figures, as Sidekiq's {@code Sidekiq::Stats} reads them: processed and failed since
 * the counters began (every process, Ruby ones included), jobs waiting in all queues, the sizes of
 * the three sets and the number of live processes.
 */
public record Stats(
        long processed,
        long failed,
        long enqueued,
        long scheduled,
        long retries,
        long dead,
        int processes) {}
