package dev.errand.samples.demo;

import dev.errand.Backoff;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.time.Duration;

/**
 * Delivers one webhook event. The rules are the usual ones with the delays shrunk so that the demo
 * finishes in seconds: a timeout is retried every 100 ms, up to 5 runs; a cancelled subscription
 * drops the job; any other failure is retried twice, 50 ms apart, then the job goes to the dead
 * set.
 */
public final class DeliverWebhook implements Job1<Long> {

    public static final String QUEUE = "errand-demo";

    public static final JobSpec<DeliverWebhook> SPEC =
            JobSpec.of(DeliverWebhook.class)
                    .queue(QUEUE)
                    .discardOn(SubscriptionCancelledException.class)
                    .retryOn(
                            EndpointTimeoutException.class,
                            Backoff.fixed(Duration.ofMillis(100)),
                            5)
                    .retry(2)
                    .retryIn(Backoff.fixed(Duration.ofMillis(50)))
                    .build();

    private final WebhookEndpoints endpoints;

    public DeliverWebhook(WebhookEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    // The demo's fake endpoints only count attempts per delivery id, and the retries are what
    // the demo shows; a real receiver would deduplicate on the delivery id it is sent.
    @SuppressWarnings("errand:UnguardedSideEffect")
    @Override
    public void perform(Long deliveryId) {
        endpoints.post(deliveryId);
    }
}
