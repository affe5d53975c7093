package dev.errand;

import java.time.Instant;

/**
 * Per-call overrides of a push: another queue, or a time to run at (null for now).
 *
 * @param queue the queue to use instead of the spec's, or null
 * @param at when the job should run, or null to run it now
 */
public record PushOptions(String queue, Instant at) {
    public static final PushOptions NOW = new PushOptions(null, null);

    public PushOptions {
        if (queue != null && queue.isBlank()) {
            throw new IllegalArgumentException(
                    "queue: must be a non-blank name, got \"" + queue + "\"");
        }
    }

    public PushOptions withQueue(String queue) {
        return new PushOptions(queue, at);
    }

    public PushOptions withAt(Instant at) {
        return new PushOptions(queue, at);
    }
}
