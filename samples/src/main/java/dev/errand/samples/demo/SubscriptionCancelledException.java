package dev.errand.samples.demo;

/** The customer cancelled the webhook subscription after the event was queued. */
public class SubscriptionCancelledException extends RuntimeException {
    public SubscriptionCancelledException(long deliveryId) {
        super("delivery " + deliveryId + ": subscription cancelled");
    }
}
