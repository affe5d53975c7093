package dev.errand;

/**
 * Called once when a job has used up its retries, or failed with retries turned off: Sidekiq's
 * {@code sidekiq_retries_exhausted} and death handlers. An exception thrown here is logged and
 * never changes what happens to the job.
 */
@FunctionalInterface
public interface DeathHandler {
    void onDeath(JobRecord job, Throwable error);
}
