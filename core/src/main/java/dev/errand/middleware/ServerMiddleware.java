package dev.errand.middleware;

import dev.errand.JobRecord;

/**
 * Runs around every job execution, like Sidekiq's server middleware: for logging, metrics, tracing
 * or a per-job transaction. An exception it throws counts as the job's failure, and not calling
 * {@code next} skips the job (it counts as done).
 */
@FunctionalInterface
public interface ServerMiddleware {
    void call(JobRecord job, String queue, Next next) throws Exception;
}
