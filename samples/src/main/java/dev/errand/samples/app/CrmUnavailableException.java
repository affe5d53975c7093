package dev.errand.samples.app;

/** The CRM answered 5xx or not at all. */
public class CrmUnavailableException extends RuntimeException {
    public CrmUnavailableException(String message) {
        super(message);
    }
}
