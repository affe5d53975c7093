package dev.errand;

/**
 * The error recorded on a job that was in progress in worker processes that died (kill -9, out of
 * memory, a crash) {@link WorkerConfig#maxCrashes()} times: instead of being recovered once more
 * and taking down yet another process, it goes to the dead set with this class as its {@code
 * error_class}. Nothing throws it; it names the rule in the Web UI and in death handlers' logs.
 * Retry the job from the dead set once the cause is fixed.
 */
public final class PoisonPillException extends RuntimeException {
    public PoisonPillException(int crashes) {
        super(message(crashes));
    }

    /** The {@code error_message} written with the job. */
    public static String message(int crashes) {
        return "the worker process died "
                + crashes
                + " time"
                + (crashes == 1 ? "" : "s")
                + " while this job was in progress (kill -9, out of memory or a crash), so it was"
                + " moved to the dead set instead of being run again; fix the cause, then retry it";
    }
}
