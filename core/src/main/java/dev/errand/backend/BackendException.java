package dev.errand.backend;

/** The store could not be reached or refused a command; the message names the operation. */
public final class BackendException extends RuntimeException {
    public BackendException(String message, Throwable cause) {
        super(message, cause);
    }
}
