package dev.errand.samples.app;

/** The CRM answered 429: too many calls this minute. */
public class CrmRateLimitedException extends RuntimeException {
    public CrmRateLimitedException(String message) {
        super(message);
    }
}
