package dev.errand.samples.demo;

/** The endpoint did not answer in time. */
public class EndpointTimeoutException extends RuntimeException {
    public EndpointTimeoutException(long deliveryId, int attempt) {
        super("delivery " + deliveryId + ": endpoint timed out (attempt " + attempt + ")");
    }
}
