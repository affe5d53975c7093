package dev.errand.testing;

/**
 * What a harness does with a job when application code enqueues it, like Sidekiq's testing modes.
 *
 * <ul>
 *   <li>{@link #RECORD} (Sidekiq's fake): the job is recorded, nothing runs; assert on it, then run
 *       it with {@code performEnqueuedJobs}, {@code drain} or {@code runDue}.
 *   <li>{@link #INLINE} (Sidekiq's inline): the job runs at once, on the calling thread, through
 *       the JSON round trip and the server middleware, and is recorded as performed.
 *   <li>{@link #REAL} (Sidekiq's disable): the job goes to the real client given to {@link
 *       ErrandHarness#realClient}, and the harness records nothing.
 * </ul>
 */
public enum Mode {
    RECORD,
    INLINE,
    REAL
}
