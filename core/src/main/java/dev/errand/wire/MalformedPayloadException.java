package dev.errand.wire;

/** A payload that cannot be read as a job: not JSON, or a required field missing or mistyped. */
public final class MalformedPayloadException extends RuntimeException {
    public MalformedPayloadException(String message) {
        super(message);
    }

    public MalformedPayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
