package dev.errand;

/**
 * An argument that cannot travel as JSON, or that does not fit the job's declared {@code perform}
 * signature. Thrown by the client before anything reaches Redis, and by the worker when a payload's
 * arguments do not match the job (the job then goes to the retry set with this message).
 */
public final class InvalidJobArgumentException extends IllegalArgumentException {
    public InvalidJobArgumentException(String message) {
        super(message);
    }
}
