package dev.errand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.errand.backend.JobSet;
import dev.errand.backend.QueuedJob;
import dev.errand.backend.SortedEntry;
import dev.errand.backend.memory.InMemoryBackend;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpsApiTest {
    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Errand errand =
            Errand.builder().backend(new InMemoryBackend(clock)).clock(clock).build();

    @Test
    void queue_showsSizeJobsOldestFirstAndLatency() {
        errand.enqueueTo("low", "HardJob", List.of(1));
        errand.enqueueTo("low", "HardJob", List.of(2));
        errand.backend()
                .push(
                        List.of(
                                new QueuedJob(
                                        "old",
                                        "{\"class\":\"X\",\"args\":[],\"enqueued_at\":"
                                                + (NOW.getEpochSecond() - 90)
                                                + ".5}")));

        JobQueue low = errand.queue("low");

        assertThat(low.size()).isEqualTo(2);
        assertThat(low.jobs(10))
                .extracting(JobRecord::args)
                .containsExactly(List.of(1), List.of(2));
        assertThat(low.latency()).isZero();
        assertThat(errand.queue("old").latency()).isEqualTo(Duration.ofMillis(89_500));
        assertThat(errand.queues()).extracting(JobQueue::name).containsExactly("low", "old");
    }

    @Test
    void queueClear_deletesJobsAndTheName() {
        errand.enqueueTo("low", "HardJob", List.of(1));

        errand.queue("low").clear();

        assertThat(errand.queue("low").size()).isZero();
        assertThat(errand.queues()).isEmpty();
    }

    @Test
    void retrySetEnqueueAll_movesEveryEntryToItsQueue() {
        errand.backend()
                .add(
                        JobSet.RETRY,
                        List.of(
                                new SortedEntry(
                                        NOW.getEpochSecond() + 3600.0,
                                        "{\"class\":\"A\",\"args\":[1],\"queue\":\"q\"}"),
                                new SortedEntry(
                                        NOW.getEpochSecond() + 7200.0,
                                        "{\"class\":\"A\",\"args\":[2],\"queue\":\"q\"}")));

        long moved = errand.retrySet().enqueueAll();

        assertThat(moved).isEqualTo(2);
        assertThat(errand.retrySet().size()).isZero();
        assertThat(errand.queue("q").size()).isEqualTo(2);
    }

    @Test
    void deadSetEnqueueAll_movesJobsAndLeavesUnreadableEntries() {
        errand.backend()
                .add(
                        JobSet.DEAD,
                        List.of(
                                new SortedEntry(1.0, "not json"),
                                new SortedEntry(
                                        2.0, "{\"class\":\"A\",\"args\":[],\"queue\":\"q\"}")));

        long moved = errand.deadSet().enqueueAll();

        assertThat(moved).isEqualTo(1);
        assertThat(errand.queue("q").size()).isEqualTo(1);
        assertThat(errand.deadSet().entries(10))
                .singleElement()
                .satisfies(entry -> assertThat(entry.job().json()).contains("not json"));
    }

    @Test
    void scheduledSetDelete_removesTheExactEntry() {
        JobSpec<RawJob> later = JobSpec.named("Later").build();
        errand.with(later).in(Duration.ofMinutes(5)).enqueue(1);
        errand.with(later).in(Duration.ofMinutes(9)).enqueue(2);
        JobSetView.Entry first = errand.scheduledSet().entries(10).get(0);

        boolean deleted = errand.scheduledSet().delete(first.job());

        assertThat(deleted).isTrue();
        assertThat(first.at()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(errand.scheduledSet().entries(10))
                .extracting(entry -> entry.job().args())
                .containsExactly(List.of(2));
    }

    @Test
    void stats_addsUpQueuesSetsAndCounters() {
        errand.enqueueTo("a", "A", List.of());
        errand.enqueueTo("b", "B", List.of());
        errand.with(JobSpec.named("C").build()).in(Duration.ofMinutes(5)).enqueue();

        Stats stats = errand.stats();

        assertThat(stats.enqueued()).isEqualTo(2);
        assertThat(stats.scheduled()).isEqualTo(1);
        assertThat(stats.retries()).isZero();
    }

    @Test
    void queue_rejectsABlankName() {
        assertThatThrownBy(() -> errand.queue(" "))
                .hasMessage("queue: must be a non-blank name, got \" \"");
    }
}
