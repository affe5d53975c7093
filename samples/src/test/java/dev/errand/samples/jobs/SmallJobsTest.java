package dev.errand.samples.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.errand.JobClient;
import dev.errand.samples.app.DeviceUnregisteredException;
import dev.errand.samples.app.Ledger;
import dev.errand.samples.app.Ledger.Payment;
import dev.errand.samples.app.PushGateway;
import dev.errand.samples.app.User;
import dev.errand.samples.jobs.RecordPayment.MalformedPaymentException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The jobs whose logic fits in a test or two each. */
class SmallJobsTest {
    private static final Instant NOW = Instant.parse("2025-11-03T09:00:00Z");

    @Test
    void sendPushNotification_retryInGrowsWithTheSquareOfFailures() {
        var retryIn = SendPushNotification.SPEC.retryIn().orElseThrow();

        assertThat(SendPushNotification.SPEC.maxRetries()).isEqualTo(5);
        assertThat(retryIn.delay(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(retryIn.delay(5)).isEqualTo(Duration.ofSeconds(250));
    }

    @Test
    void sendPushNotification_unregisteredDevice_failsWithTheDiscardedError() {
        PushGateway gateway = new PushGateway();
        gateway.unregister(9);

        assertThatThrownBy(() -> new SendPushNotification(gateway).perform(9L, "Hi"))
                .isInstanceOf(DeviceUnregisteredException.class);
        assertThat(SendPushNotification.SPEC.discardOn())
                .containsExactly(DeviceUnregisteredException.class);
    }

    @Test
    void sendTrialEndingReminder_schedulesThreeDaysBeforeTheTrialEnds() {
        JobClient client = clientAt(NOW);
        User user = trialUser(NOW.plus(Duration.ofDays(14)));

        SendTrialEndingReminder.schedule(client, user);

        verify(client).enqueueAt(SendTrialEndingReminder.SPEC, NOW.plus(Duration.ofDays(11)), 1L);
    }

    @Test
    void sendTrialEndingReminder_shortTrial_remindsInTenMinutes() {
        JobClient client = clientAt(NOW);
        User user = trialUser(NOW.plus(Duration.ofDays(2)));

        SendTrialEndingReminder.schedule(client, user);

        verify(client).enqueueIn(SendTrialEndingReminder.SPEC, Duration.ofMinutes(10), 1L);
    }

    @Test
    void recordPayment_readsTheArgumentsAsRubyWritesThem() {
        Ledger ledger = new Ledger();

        new RecordPayment(ledger)
                .perform(List.of(1001, Map.of("amount_cents", 1299L, "currency", "EUR")));

        assertThat(ledger.payments())
                .containsExactly(Map.entry(1001L, new Payment(1001, 1299, "EUR")));
    }

    @Test
    void recordPayment_wrongShape_namesWhatWasExpected() {
        RecordPayment job = new RecordPayment(new Ledger());

        assertThatThrownBy(() -> job.perform(List.of(1001)))
                .isInstanceOf(MalformedPaymentException.class)
                .hasMessageContaining("expected [order_id,")
                .hasMessageContaining("got [1001]");
        assertThat(RecordPayment.SPEC.retryOn())
                .singleElement()
                .satisfies(rule -> assertThat(rule.attempts()).isEqualTo(1));
    }

    @Test
    void transcodeVideo_longVideos_goToTheirOwnQueue() {
        assertThat(TranscodeVideo.SPEC.queueFor(List.of(1L, 90))).isEqualTo("transcode");
        assertThat(TranscodeVideo.SPEC.queueFor(List.of(2L, 601))).isEqualTo("transcode-long");
    }

    private static JobClient clientAt(Instant now) {
        JobClient client = mock(JobClient.class);
        when(client.clock()).thenReturn(Clock.fixed(now, ZoneOffset.UTC));
        return client;
    }

    private static User trialUser(Instant trialEndsAt) {
        return new User(1, "kim@example.com", "Kim", null, "trial", trialEndsAt);
    }
}
