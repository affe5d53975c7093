package dev.errand.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errand.Backoff;
import dev.errand.Job1;
import dev.errand.JobSpec;
import dev.errand.backend.DeadSetLimits;
import dev.errand.backend.JobSet;
import dev.errand.backend.memory.InMemoryBackend;
import dev.errand.wire.Payload;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Review evidence: retry semantics against reference/SIDEKIQ-WIRE.md section 5. */
class RetrierEdgeCaseTest {
    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    static final class Charge implements Job1<Long> {
        @Override
        public void perform(Long id) {}
    }

    private final InMemoryBackend backend = new InMemoryBackend();
    private final Retrier retrier =
            new Retrier(
                    backend,
                    Clock.fixed(NOW, ZoneOffset.UTC),
                    DeadSetLimits.SIDEKIQ_DEFAULTS,
                    List.of());

    private static Payload payload(String extra) {
        return Payload.parse(
                "{\"queue\":\"default\",\"class\":\""
                        + Charge.class.getName()
                        + "\",\"args\":[1],\"jid\":\"0123456789abcdef01234567\""
                        + extra
                        + "}");
    }

    @Test
    void payloadWithoutRetryKey_knownClass_usesTheSpecsRetryLikeSidekiqsLocalLayer() {
        JobSpec<Charge> spec = JobSpec.of(Charge.class).retry(3).build();

        // Sidekiq 5.1: at the local layer a nil payload retry is replaced by the class option.
        Outcome outcome = retrier.handle(payload(""), spec, new RuntimeException("x"), "default");

        assertThat(outcome).isEqualTo(Outcome.RETRIED);
        assertThat(backend.size(JobSet.RETRY) + backend.size(JobSet.DEAD)).isEqualTo(1);
    }

    @Test
    void floatRetry_isNotACount_soSidekiqsDefaultOf25Applies() {
        JobSpec<Charge> spec = JobSpec.of(Charge.class).build();

        // Sidekiq: max = retry if retry.is_a?(Integer), else max_retries (25). 5.0 is a Float.
        Outcome outcome =
                retrier.handle(
                        payload(",\"retry\":5.0,\"retry_count\":5"),
                        spec,
                        new RuntimeException("x"),
                        "default");

        assertThat(outcome).isEqualTo(Outcome.RETRIED);
    }

    @Test
    void retryCountAtIntMax_isExhaustedInsteadOfOverflowing() {
        JobSpec<Charge> spec = JobSpec.of(Charge.class).build();

        Outcome outcome =
                retrier.handle(
                        payload(",\"retry\":true,\"retry_count\":" + Integer.MAX_VALUE),
                        spec,
                        new RuntimeException("x"),
                        "default");

        assertThat(outcome).isEqualTo(Outcome.DEAD);
    }

    @Test
    void retryInThatThrows_fallsBackToTheDefaultFormulaAsSidekiqDoes() {
        JobSpec<Charge> spec =
                JobSpec.of(Charge.class)
                        .retryIn(
                                Backoff.of(
                                        failures -> {
                                            throw new IllegalStateException("bug in user backoff");
                                        }))
                        .build();

        Outcome outcome =
                retrier.handle(
                        payload(",\"retry\":true"), spec, new RuntimeException("x"), "default");

        assertThat(outcome).isEqualTo(Outcome.RETRIED);
        assertThat(backend.size(JobSet.RETRY)).isEqualTo(1);
    }

    @Test
    void retryInWithAHugeDelay_isCappedNotThrown() {
        JobSpec<Charge> spec =
                JobSpec.of(Charge.class)
                        .retryIn(Backoff.fixed(Duration.ofSeconds(Long.MAX_VALUE / 2)))
                        .build();

        Outcome outcome =
                retrier.handle(
                        payload(",\"retry\":true"), spec, new RuntimeException("x"), "default");

        assertThat(outcome).isEqualTo(Outcome.RETRIED);
    }

    @Test
    void unknownClassWithRetryFalse_goesToTheDeadSet() {
        Outcome outcome =
                retrier.handle(
                        payload(",\"retry\":false"), null, new RuntimeException("x"), "default");

        assertThat(outcome).isEqualTo(Outcome.DEAD);
        assertThat(backend.size(JobSet.DEAD)).isEqualTo(1);
    }

    @Test
    void retryZero_diesOnTheFirstFailure_andRetryOnAttemptsOneNeverRetries() {
        JobSpec<Charge> zero = JobSpec.of(Charge.class).retry(0).build();
        JobSpec<Charge> once =
                JobSpec.of(Charge.class)
                        .retryOn(
                                IllegalStateException.class,
                                Backoff.fixed(Duration.ofSeconds(1)),
                                1)
                        .build();

        assertThat(retrier.handle(payload(",\"retry\":0"), zero, new RuntimeException(), "q"))
                .isEqualTo(Outcome.DEAD);
        assertThat(
                        retrier.handle(
                                payload(",\"retry\":true"), once, new IllegalStateException(), "q"))
                .isEqualTo(Outcome.DEAD);
    }
}
