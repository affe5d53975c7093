package dev.errand.worker;

/** What a failure turned into. */
public enum Outcome {
    RETRIED,
    DISCARDED,
    DEAD,
    /** Retries off and the dead set skipped ({@code retry: false} or {@code dead: false}). */
    DROPPED
}
