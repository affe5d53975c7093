package dev.errand.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.errand.Errand;
import dev.errand.InvalidJobArgumentException;
import dev.errand.Job1;
import dev.errand.Job2;
import dev.errand.JobSpec;
import dev.errand.backend.JobSet;
import dev.errand.backend.memory.InMemoryBackend;
import dev.errand.wire.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PusherTest {
    static final Instant NOW = Instant.parse("2026-12-03T10:00:00.123456Z");

    static final class SendEmail implements Job1<Long> {
        @Override
        public void perform(Long userId) {}
    }

    static final class Resize implements Job2<String, Long> {
        @Override
        public void perform(String url, Long width) {}
    }

    static final JobSpec<SendEmail> SEND =
            JobSpec.of(SendEmail.class).queue("mail").retry(5).backtrace(3).tags("email").build();
    static final JobSpec<Resize> RESIZE = JobSpec.of(Resize.class).build();

    private final CountingBackend backend = new CountingBackend(new InMemoryBackend());
    private final Errand errand =
            Errand.builder().backend(backend).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

    @Test
    void enqueue_writesThePayloadAsSidekiqDoes() {
        String jid = errand.enqueue(SEND, 42L);

        String json = backend.queuedJobs("mail", 10).get(0);
        assertThat(jid).matches("[0-9a-f]{24}");
        assertThat(json)
                .isEqualTo(
                        "{\"retry\":5,\"queue\":\"mail\",\"backtrace\":3,"
                                + "\"tags\":[\"email\"],\"args\":[42],\"class\":\""
                                + SendEmail.class.getName()
                                + "\",\"jid\":\""
                                + jid
                                + "\",\"created_at\":1796292000.123456,"
                                + "\"enqueued_at\":1796292000.123456}");
        assertThat(backend.queueNames()).containsExactly("mail");
    }

    @Test
    void enqueueIn_writesToScheduleWithScoreAndWithoutAtOrEnqueuedAt() {
        errand.enqueueIn(SEND, Duration.ofMinutes(5), 42L);

        var entry = backend.entries(JobSet.SCHEDULE, 10).get(0);
        assertThat(entry.score()).isEqualTo(1796292300.123456);
        Map<String, Object> job = Json.readObject(entry.payload());
        assertThat(job)
                .containsKeys("retry", "queue", "jid", "created_at")
                .doesNotContainKeys("at", "enqueued_at");
        assertThat(backend.queueNames()).isEmpty();
    }

    @Test
    void enqueueAt_inThePastRunsNow() {
        errand.enqueueAt(SEND, NOW.minusSeconds(60), 42L);

        assertThat(backend.queueSize("mail")).isEqualTo(1);
        assertThat(backend.size(JobSet.SCHEDULE)).isZero();
    }

    @Test
    void with_overridesQueueAndTimeForOneCall() {
        errand.with(SEND).queue("critical").enqueue(7L);

        assertThat(backend.queueSize("critical")).isEqualTo(1);
        assertThat(backend.queueSize("mail")).isZero();
    }

    @Test
    void with_checksArgumentCountAtRunTime() {
        assertThatThrownBy(() -> errand.with(RESIZE).enqueue("x"))
                .isInstanceOf(InvalidJobArgumentException.class)
                .hasMessageContaining("takes 2 argument(s) but 1 were given");
    }

    @Test
    void enqueueArgs_rejectsWrongTypeNamingPositionAndTypes() {
        assertThatThrownBy(() -> errand.enqueueArgs(RESIZE, List.of("x", "wide")))
                .isInstanceOf(InvalidJobArgumentException.class)
                .hasMessageContaining(
                        "argument 1 of "
                                + Resize.class.getName()
                                + " should be Long but the payload holds java.lang.String"
                                + " \"wide\"");
    }

    @Test
    void enqueueArgs_rejectsNonJsonArgumentBeforeReachingTheBackend() {
        JobSpec<?> raw = JobSpec.named("HardJob").build();

        assertThatThrownBy(() -> errand.enqueueArgs(raw, List.of(1, Map.of("at", Instant.EPOCH))))
                .isInstanceOf(InvalidJobArgumentException.class)
                .hasMessageContaining("argument args[1].at of HardJob is a java.time.Instant");
        assertThat(backend.pushes).isZero();
    }

    @Test
    void enqueueArgs_rejectsMapWithNonStringKeys() {
        JobSpec<?> raw = JobSpec.named("HardJob").build();

        assertThatThrownBy(() -> errand.enqueueArgs(raw, List.of(Map.of(1, "one"))))
                .hasMessageContaining("a map with a key of type java.lang.Integer");
    }

    @Test
    void enqueueAll_pushesOneRoundTripPerThousandJobs() {
        List<Long> ids = IntStream.range(0, 2500).mapToObj(i -> (long) i).toList();

        List<String> jids = errand.enqueueAll(SEND, ids);

        assertThat(jids).hasSize(2500).doesNotHaveDuplicates();
        assertThat(backend.pushes).isEqualTo(3);
        assertThat(Json.readObject(backend.queuedJobs("mail", 1).get(0)).get("args"))
                .isEqualTo(List.of(0));
    }

    @Test
    void enqueueAll_writesNothingWhenOneArgumentIsBad() {
        JobSpec<?> raw = JobSpec.named("HardJob").build();

        assertThatThrownBy(
                () -> errand.enqueueAllArgs(raw, List.of(List.of(1), List.of(new Object()))));
        assertThat(backend.pushes).isZero();
    }

    @Test
    void push_byClassNameForRubyJobs() {
        errand.enqueueTo("low", "HardJob", List.of(1, "two"));

        Map<String, Object> job = Json.readObject(backend.queuedJobs("low", 1).get(0));
        assertThat(job)
                .containsEntry("class", "HardJob")
                .containsEntry("retry", true)
                .containsEntry("args", List.of(1, "two"));
    }

    @Test
    void push_rejectsPayloadOverTheSizeLimit() {
        Errand small = Errand.builder().backend(backend).maxPayloadBytes(1024).build();

        assertThatThrownBy(() -> small.enqueueTo("low", "HardJob", List.of("x".repeat(2000))))
                .hasMessageContaining("over the payload limit of 1024 bytes");
    }

    @Test
    void push_rejectsPayloadOverTheDefaultLimitOfOneMebibyteAndWritesNothing() {
        String big = "x".repeat(Errand.DEFAULT_MAX_PAYLOAD_BYTES);

        assertThatThrownBy(() -> errand.enqueueTo("low", "HardJob", List.of(big)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("over the payload limit of 1048576 bytes")
                .hasMessageContaining("pass ids instead of data, or raise maxPayloadBytes");
        assertThat(backend.queueSize("low")).isZero();
    }

    @Test
    void push_thatFailsRaisesWithTheJidsAndRetryPushKeepsThem() {
        backend.failFromPush = 1;
        PushFailedException failure =
                catchThrowableOfType(PushFailedException.class, () -> errand.enqueue(SEND, 42L));
        backend.failFromPush = 0;

        List<String> jids = errand.retryPush(failure);

        assertThat(failure)
                .hasMessageContaining("could not push 1 job(s)")
                .hasMessageContaining("errand.retryPush");
        assertThat(jids).isEqualTo(failure.jids()).hasSize(1);
        assertThat(backend.queuedJobs("mail", 10))
                .singleElement()
                .asString()
                .contains("\"jid\":\"" + jids.get(0) + "\"");
    }

    @Test
    void retryPush_afterAPartlyWrittenBulkPushWritesOnlyTheRest() {
        backend.failFromPush = 2;
        List<Long> ids = IntStream.range(0, 2500).mapToObj(i -> (long) i).toList();
        PushFailedException failure =
                catchThrowableOfType(PushFailedException.class, () -> errand.enqueueAll(SEND, ids));
        backend.failFromPush = 0;

        errand.retryPush(failure);

        assertThat(failure.unwrittenCount()).isEqualTo(1500);
        assertThat(backend.queueSize("mail")).isEqualTo(2500);
        assertThat(backend.queuedJobs("mail", 2500))
                .extracting(json -> Json.readObject(json).get("jid"))
                .containsExactlyElementsOf(failure.jids());
    }

    @Test
    void retryPush_thatFailsAgainRaisesAgainAndCanBeRetried() {
        backend.failFromPush = 1;
        PushFailedException first =
                catchThrowableOfType(PushFailedException.class, () -> errand.enqueue(SEND, 7L));

        PushFailedException second =
                catchThrowableOfType(PushFailedException.class, () -> errand.retryPush(first));
        backend.failFromPush = 0;
        errand.retryPush(second);

        assertThat(second.jids()).isEqualTo(first.jids());
        assertThat(backend.queueSize("mail")).isEqualTo(1);
    }

    @Test
    void clientMiddleware_canAddKeysAndStopAPush() {
        Errand withMiddleware =
                Errand.builder()
                        .backend(backend)
                        .clientMiddleware(
                                (job, next) -> {
                                    job.put("locale", "fr");
                                    if (!job.get("args").equals(List.of(13))) {
                                        next.proceed();
                                    }
                                })
                        .build();

        String stopped = withMiddleware.enqueueTo("q", "HardJob", List.of(13));
        String pushed = withMiddleware.enqueueTo("q", "HardJob", List.of(14));

        assertThat(stopped).isNull();
        assertThat(pushed).isNotNull();
        assertThat(backend.queuedJobs("q", 10))
                .singleElement()
                .asString()
                .contains("\"locale\":\"fr\"");
    }
}
