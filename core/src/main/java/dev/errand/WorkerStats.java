package dev.errand;

/**
 * What one worker process did since it started. {@code processed} counts every finished execution,
 * failures included, as Sidekiq does; {@code failed} counts failed executions, which then were
 * retried, discarded, sent to the dead set, or dropped (retries off and no dead set).
 */
public record WorkerStats(long processed, long failed, long retried, long discarded, long dead) {

    public long succeeded() {
        return processed - failed;
    }
}
