package dev.errand.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errand.Backoff;
import dev.errand.Job1;
import dev.errand.JobRecord;
import dev.errand.JobSpec;
import dev.errand.backend.DeadSetLimits;
import dev.errand.backend.JobSet;
import dev.errand.backend.SortedEntry;
import dev.errand.backend.memory.InMemoryBackend;
import dev.errand.client.PayloadWriter;
import dev.errand.wire.Backtraces;
import dev.errand.wire.Payload;
import dev.errand.wire.Timestamps;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class RetrierTest {
    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    static final class Charge implements Job1<Long> {
        @Override
        public void perform(Long id) {}
    }

    static final class Gone extends RuntimeException {}

    private final InMemoryBackend backend = new InMemoryBackend();
    private final List<JobRecord> deaths = new ArrayList<>();
    private final Retrier retrier =
            new Retrier(
                    backend,
                    Clock.fixed(NOW, ZoneOffset.UTC),
                    DeadSetLimits.SIDEKIQ_DEFAULTS,
                    List.of((job, error) -> deaths.add(job)));

    private static Payload payload(JobSpec<?> spec) {
        return Payload.of(PayloadWriter.build(spec, List.of(1L), dev.errand.PushOptions.NOW, NOW));
    }

    /** Fails the job again and again, as the worker would, until it stops being retried. */
    private List<Outcome> failUntilFinal(JobSpec<?> spec, Throwable error) {
        Payload payload = payload(spec);
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Outcome outcome = retrier.handle(payload, spec, error, "default");
            outcomes.add(outcome);
            if (outcome != Outcome.RETRIED) {
                return outcomes;
            }
            SortedEntry entry = backend.entries(JobSet.RETRY, 1).get(0);
            backend.enqueueDue(JobSet.RETRY, Double.MAX_VALUE, 1);
            payload =
                    Payload.parse(
                            backend.fetch(
                                            "test",
                                            List.of(payload.queue()),
                                            1,
                                            Duration.ZERO,
                                            List.of())
                                    .get(0)
                                    .payload());
            assertThat(entry.payload()).isNotBlank();
        }
        return outcomes;
    }

    @Test
    void retryN_givesExactlyNRetriesThenDeath() {
        JobSpec<Charge> spec = JobSpec.of(Charge.class).retry(3).build();

        List<Outcome> outcomes = failUntilFinal(spec, new IllegalStateException("boom"));

        assertThat(outcomes)
                .containsExactly(Outcome.RETRIED, Outcome.RETRIED, Outcome.RETRIED, Outcome.DEAD);
        assertThat(backend.size(JobSet.DEAD)).isEqualTo(1);
        assertThat(deaths).hasSize(1);
        assertThat(deaths.get(0).retryCount()).contains(3);
    }

    @Test
    void retryZero_sendsTheJobStraightToTheDeadSet() {
        JobSpec<Charge> spec = JobSpec.of(Charge.class).retry(0).build();

        List<Outcome> outcomes = failUntilFinal(spec, new IllegalStateException("boom"));

        assertThat(outcomes).containsExactly(Outcome.DEAD);
        assertThat(deaths.get(0).retryCount()).contains(0);
    }

    @Test
    void retryTrue_meansTwentyFiveRetries() {
        JobSpec<Charge> spec = JobSpec.of(Charge.class).build();

        List<Outcome> outcomes = failUntilFinal(spec, new IllegalStateException("boom"));

        assertThat(outcomes).hasSize(26).endsWith(Outcome.DEAD);
    }

    @Test
    void noRetry_dropsTheJobButRunsDeathHandlers() {
        JobSpec<Charge> spec = JobSpec.of(Charge.class).noRetry().build();

        List<Outcome> outcomes = failUntilFinal(spec, new IllegalStateException("boom"));

        assertThat(outcomes).containsExactly(Outcome.DROPPED);
        assertThat(backend.size(JobSet.DEAD)).isZero();
        assertThat(deaths).hasSize(1);
    }

    @Test
    void deadFalse_skipsTheDeadSet() {
        JobSpec<Charge> spec = JobSpec.of(Charge.class).retry(1).dead(false).build();

        List<Outcome> outcomes = failUntilFinal(spec, new IllegalStateException("boom"));

        assertThat(outcomes).containsExactly(Outcome.RETRIED, Outcome.DROPPED);
        assertThat(backend.size(JobSet.DEAD)).isZero();
    }

    @Test
    void retryOnAttempts_countsTheFirstRun() {
        JobSpec<Charge> spec =
                JobSpec.of(Charge.class)
                        .retryOn(TimeoutException.class, Backoff.fixed(Duration.ofSeconds(1)), 3)
                        .build();

        List<Outcome> outcomes = failUntilFinal(spec, new TimeoutException());

        assertThat(outcomes).containsExactly(Outcome.RETRIED, Outcome.RETRIED, Outcome.DEAD);
    }

    @Test
    void retryOnAttemptsOne_neverRetries() {
        JobSpec<Charge> spec =
                JobSpec.of(Charge.class)
                        .retryOn(TimeoutException.class, Backoff.polynomial(), 1)
                        .build();

        List<Outcome> outcomes = failUntilFinal(spec, new TimeoutException());

        assertThat(outcomes).containsExactly(Outcome.DEAD);
    }

    @Test
    void retryOnRules_keepSeparateCounters() {
        JobSpec<Charge> spec =
                JobSpec.of(Charge.class)
                        .retryOn(TimeoutException.class, Backoff.fixed(Duration.ofSeconds(1)), 2)
                        .retryOn(IOException.class, Backoff.fixed(Duration.ofSeconds(1)), 2)
                        .build();
        Payload payload = payload(spec);

        Outcome first = retrier.handle(payload, spec, new TimeoutException(), "default");
        Outcome second = retrier.handle(payload, spec, new IOException(), "default");
        Outcome third = retrier.handle(payload, spec, new IOException(), "default");

        assertThat(first).isEqualTo(Outcome.RETRIED);
        assertThat(second).isEqualTo(Outcome.RETRIED);
        assertThat(third).isEqualTo(Outcome.DEAD);
        assertThat(payload.exceptionExecutions())
                .containsEntry("[java.util.concurrent.TimeoutException]", 1)
                .containsEntry("[java.io.IOException]", 2);
    }

    @Test
    void retryOnFailures_doNotUseUpTheSidekiqRetries() {
        JobSpec<Charge> spec =
                JobSpec.of(Charge.class)
                        .retry(1)
                        .retryOn(TimeoutException.class, Backoff.fixed(Duration.ofSeconds(1)), 5)
                        .build();
        Payload payload = payload(spec);

        retrier.handle(payload, spec, new TimeoutException(), "default");
        retrier.handle(payload, spec, new TimeoutException(), "default");
        Outcome firstOther = retrier.handle(payload, spec, new IllegalStateException(), "default");
        Outcome secondOther = retrier.handle(payload, spec, new IllegalStateException(), "default");

        assertThat(firstOther).isEqualTo(Outcome.RETRIED);
        assertThat(secondOther).isEqualTo(Outcome.DEAD);
    }

    @Test
    void retryOn_usesTheRulesBackoff() {
        JobSpec<Charge> spec =
                JobSpec.of(Charge.class)
                        .retryOn(TimeoutException.class, Backoff.fixed(Duration.ofSeconds(42)), 3)
                        .build();

        retrier.handle(payload(spec), spec, new TimeoutException(), "default");

        assertThat(backend.entries(JobSet.RETRY, 1).get(0).score())
                .isEqualTo(Timestamps.score(NOW.plusSeconds(42)));
    }

    @Test
    void retryIn_customDelayIsUsed() {
        JobSpec<Charge> spec =
                JobSpec.of(Charge.class)
                        .retryIn(executions -> Duration.ofMinutes(executions))
                        .build();
        Payload payload = payload(spec);

        retrier.handle(payload, spec, new IllegalStateException(), "default");
        retrier.handle(payload, spec, new IllegalStateException(), "default");

        assertThat(backend.entries(JobSet.RETRY, 10))
                .extracting(SortedEntry::score)
                .containsExactly(
                        Timestamps.score(NOW.plus(Duration.ofMinutes(1))),
                        Timestamps.score(NOW.plus(Duration.ofMinutes(2))));
    }

    @Test
    void discardOn_dropsWithoutRetryDeadOrDeathHandlers() {
        JobSpec<Charge> spec = JobSpec.of(Charge.class).discardOn(Gone.class).build();

        Outcome outcome = retrier.handle(payload(spec), spec, new Gone(), "default");

        assertThat(outcome).isEqualTo(Outcome.DISCARDED);
        assertThat(backend.size(JobSet.RETRY) + backend.size(JobSet.DEAD)).isZero();
        assertThat(deaths).isEmpty();
    }

    @Test
    void firstFailure_writesSidekiqErrorFields() {
        JobSpec<Charge> spec = JobSpec.of(Charge.class).retryQueue("slow").build();
        Payload payload = payload(spec);

        retrier.handle(payload, spec, new IllegalStateException("card declined"), "billing");

        assertThat(payload.fields())
                .containsEntry("queue", "slow")
                .containsEntry("error_class", "java.lang.IllegalStateException")
                .containsEntry("error_message", "card declined")
                .containsEntry("retry_count", 0)
                .containsKey("failed_at")
                .doesNotContainKey("retried_at");
    }

    @Test
    void laterFailure_writesRetriedAtAndIncrementsCount() {
        JobSpec<Charge> spec = JobSpec.of(Charge.class).build();
        Payload payload = payload(spec);

        retrier.handle(payload, spec, new IllegalStateException(), "default");
        retrier.handle(payload, spec, new IllegalStateException(), "default");

        assertThat(payload.fields()).containsEntry("retry_count", 1).containsKey("retried_at");
    }

    @Test
    void backtraceOption_storesTheFirstLinesEncodedAsSidekiqReadsThem() {
        JobSpec<Charge> spec = JobSpec.of(Charge.class).backtrace(2).build();
        Payload payload = payload(spec);

        retrier.handle(payload, spec, new IllegalStateException(), "default");

        List<String> frames = Backtraces.decode((String) payload.get("error_backtrace"));
        assertThat(frames).hasSize(2).allMatch(frame -> frame.contains("("));
    }

    @Test
    void unknownClassWithRetryFalse_stillGoesToTheDeadSet() {
        Payload payload =
                Payload.parse(
                        "{\"class\":\"Missing\",\"args\":[],\"retry\":false,"
                                + "\"queue\":\"default\",\"jid\":\"abc\"}");

        Outcome outcome =
                retrier.handle(payload, null, new UnknownJobException("Missing"), "default");

        assertThat(outcome).isEqualTo(Outcome.DEAD);
        assertThat(backend.size(JobSet.DEAD)).isEqualTo(1);
    }

    @Test
    void unknownClassWithoutRetryKey_stillGoesToTheDeadSet() {
        Payload payload = Payload.parse("{\"class\":\"Missing\",\"args\":[],\"jid\":\"abc\"}");

        Outcome outcome =
                retrier.handle(payload, null, new UnknownJobException("Missing"), "default");

        assertThat(outcome).isEqualTo(Outcome.DEAD);
    }

    @Test
    void errorMessage_isTruncatedAndScrubbedToValidUtf8() {
        JobSpec<Charge> spec = JobSpec.of(Charge.class).build();
        Payload payload = payload(spec);

        retrier.handle(
                payload,
                spec,
                new IllegalStateException("bad \uD800 surrogate" + "x".repeat(20_000)),
                "default");

        String message = (String) payload.get("error_message");
        assertThat(message).hasSize(10_000).startsWith("bad \uFFFD surrogate");
    }
}
