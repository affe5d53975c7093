package dev.errand.testing;

/**
 * A job failed with a checked exception while a harness ran it. Unchecked exceptions and errors
 * reach the test unwrapped, as Sidekiq and ActiveJob re-raise them; a checked one is wrapped here
 * because the harness methods do not declare it. {@link #getCause()} is the original.
 */
public final class JobFailedException extends RuntimeException {
    private final transient EnqueuedJob job;

    public JobFailedException(EnqueuedJob job, Throwable cause) {
        super(job.className() + " jid=" + job.jid() + " failed: " + cause, cause);
        this.job = job;
    }

    /** The job that failed, as it was taken to run. */
    public EnqueuedJob job() {
        return job;
    }
}
