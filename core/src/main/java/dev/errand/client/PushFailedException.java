package dev.errand.client;

/**
 * A push that did not reach the backend. The jobs were not enqueued; pushing the same jobs again
 * is safe, and keeps their jids when the payloads are re-sent as they were.
 */
public final class PushFailedException extends RuntimeException {
    public PushFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
