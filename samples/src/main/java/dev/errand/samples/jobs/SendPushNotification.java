package dev.errand.samples.jobs;

import dev.errand.Backoff;
import dev.errand.Job2;
import dev.errand.JobSpec;
import dev.errand.samples.app.DeviceUnregisteredException;
import dev.errand.samples.app.PushGateway;
import java.time.Duration;

/**
 * Sends a push notification to a user's phone.
 *
 * <p>Sidekiq-style rules: any failure is retried up to 5 times after the first run, 10 s, 40 s, 90
 * s, 160 s and 250 s apart (a notification older than ten minutes is not worth sending, so the
 * default backoff of up to three weeks would be wrong here); after that the job goes to the dead
 * set. A device that was unregistered will never accept it, so that failure drops the job at once.
 */
public final class SendPushNotification implements Job2<Long, String> {

    public static final JobSpec<SendPushNotification> SPEC =
            JobSpec.of(SendPushNotification.class)
                    .queue("notifications")
                    .retry(5)
                    .retryIn(Backoff.of(failures -> Duration.ofSeconds(10L * failures * failures)))
                    .discardOn(DeviceUnregisteredException.class)
                    .build();

    private final PushGateway gateway;

    public SendPushNotification(PushGateway gateway) {
        this.gateway = gateway;
    }

    // The push is the job's only effect: a failed push is what the retry repeats, and a crash
    // between the push and the acknowledgement shows the text twice, which a notification may.
    @SuppressWarnings("errand:UnguardedSideEffect")
    @Override
    public void perform(Long userId, String text) {
        gateway.send(userId, text);
    }
}
