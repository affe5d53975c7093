package dev.errand.samples.app;

/** The mail server did not answer in time; trying again later usually works. */
public class MailTimeoutException extends RuntimeException {
    public MailTimeoutException(String message) {
        super(message);
    }
}
