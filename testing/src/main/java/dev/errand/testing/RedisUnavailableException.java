package dev.errand.testing;

/** No Redis could be found or started for a test; the message says what to do. */
public final class RedisUnavailableException extends IllegalStateException {
    public RedisUnavailableException(String message) {
        super(message);
    }

    public RedisUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
