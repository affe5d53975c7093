package dev.errand;

/**
 * Called for every failed execution, before the job is retried, discarded or killed: Sidekiq's
 * error handlers, the place to report to an error tracker. An exception thrown here is logged and
 * never changes what happens to the job.
 */
@FunctionalInterface
public interface ErrorHandler {
    void onError(Throwable error, JobRecord job);
}
