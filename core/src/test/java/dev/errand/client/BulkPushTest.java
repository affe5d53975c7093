package dev.errand.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.errand.Errand;
import dev.errand.JobSpec;
import dev.errand.RawJob;
import dev.errand.backend.JobSet;
import dev.errand.backend.memory.InMemoryBackend;
import dev.errand.wire.Json;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Bulk pushes without client middleware, which check every job first and encode the payloads again
 * batch by batch as they are written.
 */
class BulkPushTest {
    static final Instant NOW = Instant.parse("2026-12-03T10:00:00.123456Z");
    static final JobSpec<RawJob> IMPORT = JobSpec.named("Import").queue("bulk").build();

    private final CountingBackend backend = new CountingBackend(new InMemoryBackend());
    private final Errand errand =
            Errand.builder()
                    .backend(backend)
                    .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                    .maxPayloadBytes(1024)
                    .build();

    @Test
    void enqueueAllArgs_writesNothingWhenTheLastJobIsOverTheSizeLimit() {
        List<List<?>> lists = new ArrayList<>(argumentLists(2500));
        lists.add(List.of("x".repeat(2000)));

        assertThatThrownBy(() -> errand.enqueueAllArgs(IMPORT, lists))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("over the payload limit of 1024 bytes");
        assertThat(backend.pushes).as("round trips of a push with one job too big").isZero();
    }

    @Test
    void enqueueAllArgs_writesEachJobWithItsOwnJidInOrderAcrossBatches() {
        List<String> jids = errand.enqueueAllArgs(IMPORT, argumentLists(2500));

        List<String> queued = backend.queuedJobs("bulk", 2500);
        assertThat(queued).hasSize(2500);
        for (int i = 0; i < 2500; i++) {
            Map<String, Object> job = Json.readObject(queued.get(i));
            assertThat(job.get("jid")).as("jid of job %d", i).isEqualTo(jids.get(i));
            assertThat(job.get("args")).as("args of job %d", i).isEqualTo(List.of(i, "row " + i));
        }
    }

    @Test
    void retryPush_writesTheUnconfirmedBatchesByteForByte() {
        backend.failFromPush = 2;
        PushFailedException failure =
                catchThrowableOfType(
                        PushFailedException.class,
                        () -> errand.enqueueAllArgs(IMPORT, argumentLists(2500)));
        List<String> unwritten = new ArrayList<>();
        for (Object job : failure.unwritten()) {
            unwritten.add(((dev.errand.backend.QueuedJob) job).payload());
        }
        backend.failFromPush = 0;

        errand.retryPush(failure);

        assertThat(backend.queuedJobs("bulk", 2500).subList(1000, 2500))
                .as("payloads written by the retry")
                .containsExactlyElementsOf(unwritten);
    }

    @Test
    void enqueueAllArgs_atALaterTimeWritesScheduleEntriesWithoutEnqueuedAt() {
        Instant later = NOW.plusSeconds(60);

        errand.push(IMPORT, argumentLists(1500), dev.errand.PushOptions.NOW.withAt(later));

        assertThat(backend.size(JobSet.SCHEDULE)).isEqualTo(1500);
        assertThat(backend.entries(JobSet.SCHEDULE, 1500))
                .allSatisfy(
                        entry -> {
                            assertThat(entry.score()).isEqualTo(1796292060.123456);
                            assertThat(entry.payload())
                                    .endsWith(",\"created_at\":1796292000.123456}");
                        });
    }

    private static List<List<?>> argumentLists(int count) {
        return IntStream.range(0, count).<List<?>>mapToObj(i -> List.of(i, "row " + i)).toList();
    }
}
