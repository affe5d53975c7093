package dev.errand.client;

import java.util.List;

/**
 * A push that did not reach the backend, in whole or in part. Batches written before the failure
 * stay written; the exception keeps the payloads that were not confirmed, exactly as built, so
 * {@code errand.retryPush(exception)} can write the same jobs again with the same jids instead of
 * pushing new ones.
 *
 * <p>"Not confirmed" is not "not written": when the connection fails after Redis has executed the
 * write, a retried push writes the same payload twice. The jid stays the same, but the job then
 * runs twice, like any at-least-once delivery; jobs should be idempotent.
 */
public final class PushFailedException extends RuntimeException {
    private final List<String> jids;
    private final List<Object> unwritten;
    private final boolean scheduled;

    PushFailedException(
            String message,
            Throwable cause,
            List<String> jids,
            List<Object> unwritten,
            boolean scheduled) {
        super(message, cause);
        this.jids = jids;
        this.unwritten = List.copyOf(unwritten);
        this.scheduled = scheduled;
    }

    /** The jids of the whole push, in order (null where a client middleware stopped a job). */
    public List<String> jids() {
        return jids;
    }

    /** How many jobs were not confirmed as written. */
    public int unwrittenCount() {
        return unwritten.size();
    }

    List<Object> unwritten() {
        return unwritten;
    }

    boolean scheduled() {
        return scheduled;
    }
}
