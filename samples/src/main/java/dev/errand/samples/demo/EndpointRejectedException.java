package dev.errand.samples.demo;

/** The endpoint answered 500 and keeps doing so. */
public class EndpointRejectedException extends RuntimeException {
    public EndpointRejectedException(long deliveryId) {
        super("delivery " + deliveryId + ": endpoint answered 500");
    }
}
