package dev.errand.backend;

import java.util.Objects;

/**
 * A payload string and the bare name of the queue it is on (or came from). The payload is kept byte
 * for byte as stored, so that acknowledging, requeueing or deleting it finds the exact member Redis
 * holds.
 */
public record QueuedJob(String queue, String payload) {
    public QueuedJob {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(payload, "payload");
    }
}
