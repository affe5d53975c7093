package dev.errand.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import dev.errand.PoisonPillException;
import dev.errand.wire.Json;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The promises of {@link Backend}, run against every implementation. A subclass supplies a fresh,
 * empty backend per test and a way to make a process's heartbeat expire.
 */
public abstract class BackendContract {

    protected static final String OWNER = "host-a:101:aaaaaaaaaaaa";
    protected static final String OTHER = "host-b:202:bbbbbbbbbbbb";
    protected static final double NOW = 1_796_310_363.590106;
    protected static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    protected Backend backend;
    private ExecutorService background;

    /** A new backend over empty storage. */
    protected abstract Backend newBackend();

    /**
     * Makes {@code identity}'s process record expire, as 60 seconds without a heartbeat do. It may
     * expire other processes too (a clock moved forward does); a test that needs another process
     * alive beats for it afterwards.
     */
    protected abstract void expireHeartbeat(String identity);

    @BeforeEach
    void createBackend() {
        backend = newBackend();
        background = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void closeBackend() throws InterruptedException {
        background.shutdownNow();
        background.awaitTermination(5, TimeUnit.SECONDS);
        backend.close();
    }

    // push

    @Test
    void push_keepsFifoOrderWithinAndAcrossBatches() {
        backend.push(List.of(job("a", 1), job("a", 2)));
        backend.push(List.of(job("a", 3)));

        List<QueuedJob> taken = backend.fetch(OWNER, List.of("a"), 10, Duration.ZERO, List.of());

        assertThat(taken).containsExactly(job("a", 1), job("a", 2), job("a", 3));
    }

    @Test
    void push_groupsJobsByQueueAndRecordsQueueNames() {
        List<QueuedJob> jobs = List.of(job("a", 1), job("b", 2), job("a", 3));

        backend.push(jobs);

        assertThat(backend.queueNames()).containsExactlyInAnyOrder("a", "b");
        assertThat(backend.queueSize("a")).isEqualTo(2);
        assertThat(backend.queuedJobs("a", 10)).containsExactly(payload("a", 1), payload("a", 3));
        assertThat(backend.queuedJobs("b", 10)).containsExactly(payload("b", 2));
    }

    @Test
    void push_ofNothingChangesNothing() {
        backend.push(List.of());

        assertThat(backend.queueNames()).isEmpty();
    }

    @Test
    void queuedJobs_listsOldestFirstUpToLimit() {
        backend.push(List.of(job("a", 1), job("a", 2), job("a", 3)));

        List<String> firstTwo = backend.queuedJobs("a", 2);

        assertThat(firstTwo).containsExactly(payload("a", 1), payload("a", 2));
        assertThat(backend.queuedJobs("missing", 5)).isEmpty();
        assertThat(backend.queueSize("missing")).isZero();
    }

    // add, entries, earliestScore

    @Test
    void add_ordersEntriesByScoreAndRescoresExistingMember() {
        backend.add(JobSet.SCHEDULE, List.of(entry(NOW + 20, 1), entry(NOW + 10, 2)));

        backend.add(JobSet.SCHEDULE, List.of(entry(NOW + 5, 1), entry(NOW + 30, 3)));

        assertThat(backend.entries(JobSet.SCHEDULE, 10))
                .containsExactly(entry(NOW + 5, 1), entry(NOW + 10, 2), entry(NOW + 30, 3));
        assertThat(backend.size(JobSet.SCHEDULE)).isEqualTo(3);
        assertThat(backend.size(JobSet.RETRY)).isZero();
    }

    @Test
    void add_keepsScoresToTheMicrosecond() {
        double score = 1_796_310_423.593217;

        backend.add(JobSet.RETRY, List.of(entry(score, 1)));

        assertThat(backend.entries(JobSet.RETRY, 1).get(0).score()).isEqualTo(score);
    }

    @Test
    void entries_returnsLowestScoresFirstUpToLimit() {
        backend.add(JobSet.RETRY, List.of(entry(NOW + 3, 3), entry(NOW + 1, 1), entry(NOW + 2, 2)));

        List<SortedEntry> firstTwo = backend.entries(JobSet.RETRY, 2);

        assertThat(firstTwo).containsExactly(entry(NOW + 1, 1), entry(NOW + 2, 2));
    }

    @Test
    void earliestScore_isTheLowestScoreOrEmpty() {
        assertThat(backend.earliestScore(JobSet.SCHEDULE)).isEmpty();

        backend.add(JobSet.SCHEDULE, List.of(entry(NOW + 9, 1), entry(NOW + 4, 2)));

        assertThat(backend.earliestScore(JobSet.SCHEDULE)).contains(NOW + 4);
    }

    // kill

    @Test
    void kill_removesEntriesOlderThanTheTimeout() {
        DeadSetLimits limits = new DeadSetLimits(100, Duration.ofSeconds(60));
        backend.add(
                JobSet.DEAD, List.of(entry(NOW - 61, 1), entry(NOW - 60, 2), entry(NOW - 59, 3)));

        backend.kill(entry(NOW, 4), limits);

        assertThat(backend.entries(JobSet.DEAD, 10))
                .as("entries scored at or before now - 60 s go")
                .containsExactly(entry(NOW - 59, 3), entry(NOW, 4));
    }

    @Test
    void kill_keepsAtMostMaxJobsMinusOneNewest() {
        DeadSetLimits limits = new DeadSetLimits(3, Duration.ofDays(180));
        backend.add(JobSet.DEAD, List.of(entry(NOW - 3, 1), entry(NOW - 2, 2), entry(NOW - 1, 3)));

        backend.kill(entry(NOW, 4), limits);

        assertThat(backend.entries(JobSet.DEAD, 10))
                .as("Sidekiq's rank trim 0..-maxJobs keeps maxJobs - 1")
                .containsExactly(entry(NOW - 1, 3), entry(NOW, 4));
    }

    // enqueueDue

    @Test
    void enqueueDue_movesOnlyDueEntriesAndSetsEnqueuedAt() {
        String due = "{\"class\":\"A\",\"queue\":\"q\",\"args\":[1]}";
        String later = "{\"class\":\"B\",\"queue\":\"q\",\"args\":[2]}";
        backend.add(
                JobSet.SCHEDULE,
                List.of(new SortedEntry(NOW, due), new SortedEntry(NOW + 0.5, later)));

        int moved = backend.enqueueDue(JobSet.SCHEDULE, NOW, 100);

        assertThat(moved).isEqualTo(1);
        assertThat(backend.queuedJobs("q", 10))
                .containsExactly(
                        "{\"class\":\"A\",\"queue\":\"q\",\"args\":[1],"
                                + "\"enqueued_at\":1796310363.590106}");
        assertThat(backend.entries(JobSet.SCHEDULE, 10))
                .extracting(SortedEntry::payload)
                .containsExactly(later);
        assertThat(backend.queueNames()).containsExactly("q");
    }

    @Test
    void enqueueDue_movesAtMostLimitOldestFirst() {
        backend.add(
                JobSet.RETRY,
                List.of(
                        new SortedEntry(NOW - 1, scheduled(2)),
                        new SortedEntry(NOW - 3, scheduled(0)),
                        new SortedEntry(NOW - 2, scheduled(1))));

        int moved = backend.enqueueDue(JobSet.RETRY, NOW, 2);

        assertThat(moved).isEqualTo(2);
        assertThat(backend.queuedJobs("q", 10))
                .extracting(BackendContract::argsOf)
                .containsExactly("[0]", "[1]");
        assertThat(backend.size(JobSet.RETRY)).isEqualTo(1);
    }

    @Test
    void enqueueDue_keepsBigIntegersAndUnknownKeysByteForByte() {
        String stored =
                "{\"retry\":true,\"queue\":\"q\",\"class\":\"Big\","
                        + "\"args\":[9007199254740993,1.10,{\"z\":[],\"a\":null}],"
                        + "\"cattr_1\":{\"user\":\"\\u00e9\\\"}\"},\"created_at\":1796310363.5}";
        backend.add(JobSet.SCHEDULE, List.of(new SortedEntry(NOW - 1, stored)));

        backend.enqueueDue(JobSet.SCHEDULE, NOW, 10);

        assertThat(backend.queuedJobs("q", 1))
                .containsExactly(
                        stored.substring(0, stored.length() - 1)
                                + ",\"enqueued_at\":1796310363.590106}");
    }

    @Test
    void enqueueDue_stripsAtAndReplacesExistingEnqueuedAt() {
        String stored =
                "{\"at\":1796310000.1,\"class\":\"A\",\"queue\":\"q\","
                        + "\"enqueued_at\" : 1796310000123,\"args\":[]}";
        backend.add(JobSet.SCHEDULE, List.of(new SortedEntry(NOW - 1, stored)));

        backend.enqueueDue(JobSet.SCHEDULE, NOW, 10);

        assertThat(backend.queuedJobs("q", 1))
                .containsExactly(
                        "{\"class\":\"A\",\"queue\":\"q\","
                                + "\"enqueued_at\" : 1796310363.590106,\"args\":[]}");
    }

    @Test
    void enqueueDue_leavesAtAndEnqueuedAtInsideArgumentsAlone() {
        String stored =
                "{\"class\":\"Remind\",\"queue\":\"q\","
                        + "\"args\":[{\"at\":1700000000,\"enqueued_at\":5}],\"at\":1796310000}";
        backend.add(JobSet.SCHEDULE, List.of(new SortedEntry(NOW - 1, stored)));

        backend.enqueueDue(JobSet.SCHEDULE, NOW, 10);

        assertThat(backend.queuedJobs("q", 1))
                .containsExactly(
                        "{\"class\":\"Remind\","
                            + "\"queue\":\"q\",\"args\":[{\"at\":1700000000,\"enqueued_at\":5}],"
                            + "\"enqueued_at\":1796310363.590106}");
    }

    @Test
    void enqueueDue_sendsMembersWithoutAQueueToDefaultAsSidekiqDoes() {
        backend.add(
                JobSet.SCHEDULE,
                List.of(
                        new SortedEntry(NOW - 2, "{\"class\":\"A\",\"args\":[1]}"),
                        new SortedEntry(NOW - 1, "{\"class\":\"A\",\"args\":[2],\"queue\":null}")));

        int moved = backend.enqueueDue(JobSet.SCHEDULE, NOW, 10);

        assertThat(moved).isEqualTo(2);
        assertThat(backend.queueSize("default")).isEqualTo(2);
        assertThat(backend.size(JobSet.DEAD)).isZero();
    }

    @Test
    void enqueueDue_sendsInvalidMembersToTheDeadSet() {
        List<String> invalid =
                List.of(
                        "not json",
                        "[1,2]",
                        "{\"queue\":\"q\"}",
                        "{\"class\":7,\"queue\":\"q\"}",
                        "{\"class\":\"A\",\"queue\":7}",
                        "{\"class\":\"A\",\"queue\":\"\"}");
        backend.add(
                JobSet.SCHEDULE,
                invalid.stream().map(member -> new SortedEntry(NOW - 1, member)).toList());

        int moved = backend.enqueueDue(JobSet.SCHEDULE, NOW, 10);

        assertThat(moved).as("invalid members count as moved").isEqualTo(6);
        assertThat(backend.size(JobSet.SCHEDULE)).isZero();
        assertThat(backend.entries(JobSet.DEAD, 10))
                .extracting(SortedEntry::payload)
                .containsExactlyInAnyOrderElementsOf(invalid);
        assertThat(backend.entries(JobSet.DEAD, 10))
                .allSatisfy(dead -> assertThat(dead.score()).isCloseTo(NOW, within(1e-6)));
        assertThat(backend.queueNames()).isEmpty();
    }

    @Test
    void enqueueDue_withNothingDueMovesNothing() {
        backend.add(JobSet.SCHEDULE, List.of(new SortedEntry(NOW + 1, scheduled(1))));

        int moved = backend.enqueueDue(JobSet.SCHEDULE, NOW, 10);

        assertThat(moved).isZero();
        assertThat(backend.size(JobSet.SCHEDULE)).isEqualTo(1);
    }

    // fetch

    @Test
    void fetch_takesFromQueuesInStrictOrder() {
        backend.push(List.of(job("low", 1), job("high", 2), job("low", 3), job("high", 4)));

        List<QueuedJob> taken =
                backend.fetch(OWNER, List.of("high", "low"), 10, Duration.ZERO, List.of());

        assertThat(taken)
                .containsExactly(job("high", 2), job("high", 4), job("low", 1), job("low", 3));
    }

    @Test
    void fetch_takesAtMostMaxAndLeavesTheRest() {
        backend.push(List.of(job("high", 1), job("low", 2), job("low", 3)));

        List<QueuedJob> taken =
                backend.fetch(OWNER, List.of("high", "low"), 2, Duration.ZERO, List.of());

        assertThat(taken).containsExactly(job("high", 1), job("low", 2));
        assertThat(backend.queuedJobs("low", 10)).containsExactly(payload("low", 3));
    }

    @Test
    void fetch_movesTakenJobsIntoTheOwnersInProgress() {
        backend.push(List.of(job("a", 1), job("b", 2)));

        backend.fetch(OWNER, List.of("a", "b"), 10, Duration.ZERO, List.of());

        assertThat(backend.inProgress(OWNER)).containsExactlyInAnyOrder(job("a", 1), job("b", 2));
        assertThat(backend.inProgress(OTHER)).isEmpty();
        assertThat(backend.queueSize("a")).isZero();
        assertThat(backend.queueSize("b")).isZero();
    }

    @Test
    void fetch_acknowledgesGivenJobsInTheSameCall() {
        backend.push(List.of(job("a", 1), job("a", 2)));
        List<QueuedJob> first = backend.fetch(OWNER, List.of("a"), 1, Duration.ZERO, List.of());

        List<QueuedJob> second = backend.fetch(OWNER, List.of("a"), 1, Duration.ZERO, first);

        assertThat(second).containsExactly(job("a", 2));
        assertThat(backend.inProgress(OWNER)).containsExactly(job("a", 2));
    }

    @Test
    void fetch_returnsEmptyOnceTheWaitExpires() {
        Duration wait = Duration.ofMillis(300);
        long started = System.nanoTime();

        List<QueuedJob> taken = backend.fetch(OWNER, List.of("a", "b"), 5, wait, List.of());

        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(taken).isEmpty();
        assertThat(elapsedMillis).as("time spent waiting for a job, in ms").isBetween(250L, 2_000L);
    }

    @Test
    void fetch_returnsPromptlyWhenAJobArrivesDuringTheWait() {
        CompletableFuture<List<QueuedJob>> fetching =
                CompletableFuture.supplyAsync(
                        () ->
                                backend.fetch(
                                        OWNER, List.of("a"), 5, Duration.ofSeconds(30), List.of()),
                        background);

        CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS)
                .execute(() -> backend.push(List.of(job("a", 1))));

        await().atMost(Duration.ofSeconds(2)).until(fetching::isDone);
        assertThat(fetching.join()).containsExactly(job("a", 1));
        assertThat(backend.inProgress(OWNER)).containsExactly(job("a", 1));
    }

    // acknowledge, requeue, inProgress

    @Test
    void acknowledge_removesOnlyTheGivenJobs() {
        backend.push(List.of(job("a", 1), job("a", 2), job("b", 3)));
        backend.fetch(OWNER, List.of("a", "b"), 10, Duration.ZERO, List.of());

        backend.acknowledge(OWNER, List.of(job("a", 1), job("b", 3)));

        assertThat(backend.inProgress(OWNER)).containsExactly(job("a", 2));
    }

    @Test
    void acknowledge_inAnyOrderRemovesExactlyTheGivenJobs() {
        List<QueuedJob> pushed = new ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            pushed.add(job("a", n));
        }
        backend.push(pushed);
        backend.fetch(OWNER, List.of("a"), 8, Duration.ZERO, List.of());

        // Newest first with the oldest left out; then the oldest two out of order plus one more.
        backend.acknowledge(OWNER, List.of(job("a", 8), job("a", 3), job("a", 2)));
        backend.acknowledge(OWNER, List.of(job("a", 4), job("a", 6), job("a", 1)));

        assertThat(backend.inProgress(OWNER)).containsExactly(job("a", 5), job("a", 7));
    }

    @Test
    void acknowledge_inRandomBatchesLeavesExactlyTheUnfinishedInOrder() {
        Random random = new Random(42);
        List<QueuedJob> pushed = new ArrayList<>();
        for (int n = 1; n <= 600; n++) {
            pushed.add(job("a", n));
        }
        backend.push(pushed);
        List<QueuedJob> unfinished =
                new ArrayList<>(backend.fetch(OWNER, List.of("a"), 600, Duration.ZERO, List.of()));

        while (!unfinished.isEmpty()) {
            // Mostly the oldest jobs, with some of the newest mixed in, in shuffled order.
            List<QueuedJob> batch = new ArrayList<>();
            int size = 1 + random.nextInt(Math.min(unfinished.size(), 150));
            for (int i = 0; i < size; i++) {
                int bound = Math.min(unfinished.size(), random.nextInt(10) == 0 ? 600 : 40);
                batch.add(unfinished.remove(random.nextInt(bound)));
            }
            Collections.shuffle(batch, random);

            backend.acknowledge(OWNER, batch);

            assertThat(backend.inProgress(OWNER)).containsExactlyElementsOf(unfinished);
        }
    }

    @Test
    void acknowledge_ofTheOldestRunsCutsThemOff() {
        acknowledgeTheOldestRuns(Set.of());

        assertThat(backend.inProgress(OWNER)).containsExactly(job("a", 3));
    }

    @Test
    void acknowledge_ofExactRuns_cutsThemOff() {
        acknowledgeTheOldestRuns(Set.of("a", "b"));

        assertThat(backend.inProgress(OWNER)).containsExactly(job("a", 3));
    }

    private void acknowledgeTheOldestRuns(Set<String> exact) {
        backend.push(List.of(job("a", 1), job("b", 1), job("a", 2), job("a", 3), job("b", 2)));
        backend.fetch(OWNER, List.of("a", "b"), 5, Duration.ZERO, List.of());

        backend.acknowledge(
                OWNER,
                new FinishedJobs(
                        Map.of("a", List.of(job("a", 1), job("a", 2)), "b", List.of(job("b", 1))),
                        List.of(job("b", 2)),
                        exact));
    }

    @Test
    void acknowledge_ofARunThatIsNotTheOldestRemovesJustItsJobs() {
        backend.push(List.of(job("a", 1), job("a", 2), job("a", 3), job("a", 4)));
        backend.fetch(OWNER, List.of("a"), 4, Duration.ZERO, List.of());

        // Job 1 is older than the claimed run (a job the worker did not know it held).
        backend.acknowledge(
                OWNER, new FinishedJobs(Map.of("a", List.of(job("a", 2), job("a", 3))), List.of()));
        // A run longer than the list.
        backend.acknowledge(
                OWNER,
                new FinishedJobs(
                        Map.of("a", List.of(job("a", 1), job("a", 9), job("a", 4))), List.of()));

        assertThat(backend.inProgress(OWNER)).isEmpty();
    }

    @Test
    void acknowledge_ofARunWithTheRightEndsButAGapKeepsTheUnclaimedJob() {
        backend.push(List.of(job("a", 1), job("a", 2), job("a", 3), job("a", 4)));
        backend.fetch(OWNER, List.of("a"), 4, Duration.ZERO, List.of());

        backend.acknowledge(
                OWNER, new FinishedJobs(Map.of("a", List.of(job("a", 1), job("a", 3))), List.of()));

        assertThat(backend.inProgress(OWNER)).containsExactly(job("a", 2), job("a", 4));
    }

    @Test
    void acknowledge_ofAnExactRunWhoseEndsDoNotMatch_removesJustItsJobs() {
        backend.push(List.of(job("a", 1), job("a", 2), job("a", 3), job("a", 4)));
        backend.fetch(OWNER, List.of("a"), 4, Duration.ZERO, List.of());

        backend.acknowledge(
                OWNER,
                new FinishedJobs(
                        Map.of("a", List.of(job("a", 2), job("a", 3))), List.of(), Set.of("a")));
        backend.acknowledge(
                OWNER, new FinishedJobs(Map.of("a", List.of(job("a", 1))), List.of(), Set.of("a")));

        assertThat(backend.inProgress(OWNER)).containsExactly(job("a", 4));
    }

    @Test
    void acknowledge_removesOneCopyOfAPayloadHeldTwice() {
        backend.push(List.of(job("a", 1), job("a", 2), job("a", 1)));
        backend.fetch(OWNER, List.of("a"), 3, Duration.ZERO, List.of());

        backend.acknowledge(OWNER, List.of(job("a", 1)));

        assertThat(backend.inProgress(OWNER)).containsExactly(job("a", 2), job("a", 1));
    }

    @Test
    void acknowledge_ofJobsNotInProgressRemovesNothingElse() {
        backend.push(List.of(job("a", 1), job("a", 2)));
        backend.fetch(OWNER, List.of("a"), 2, Duration.ZERO, List.of());

        backend.acknowledge(OWNER, List.of(job("a", 9), job("b", 1), job("a", 1), job("a", 1)));

        assertThat(backend.inProgress(OWNER)).containsExactly(job("a", 2));
    }

    @Test
    void fetch_batchKeepsQueueOrderAcrossFetchesAndQueues() {
        List<QueuedJob> pushed = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            pushed.add(job("a", n));
            pushed.add(job("b", n));
        }
        backend.push(pushed);

        List<QueuedJob> first =
                backend.fetch(OWNER, List.of("a", "b"), 7, Duration.ZERO, List.of());
        List<QueuedJob> second =
                backend.fetch(OWNER, List.of("a", "b"), 7, Duration.ZERO, List.of());

        assertThat(first)
                .containsExactly(
                        job("a", 1),
                        job("a", 2),
                        job("a", 3),
                        job("a", 4),
                        job("a", 5),
                        job("b", 1),
                        job("b", 2));
        assertThat(second).containsExactly(job("b", 3), job("b", 4), job("b", 5));
        assertThat(backend.inProgress(OWNER))
                .containsExactlyInAnyOrderElementsOf(pushed)
                .filteredOn(job -> job.queue().equals("b"))
                .containsExactly(job("b", 1), job("b", 2), job("b", 3), job("b", 4), job("b", 5));
        assertThat(backend.queueSize("a")).isZero();
        assertThat(backend.queueSize("b")).isZero();
    }

    @Test
    void acknowledge_byAnotherIdentityLeavesTheOwnersJobs() {
        backend.push(List.of(job("a", 1)));
        backend.fetch(OWNER, List.of("a"), 10, Duration.ZERO, List.of());

        backend.acknowledge(OTHER, List.of(job("a", 1)));

        assertThat(backend.inProgress(OWNER)).containsExactly(job("a", 1));
    }

    @Test
    void requeue_putsJobsBackToRunNextInTheirFetchedOrder() {
        backend.push(List.of(job("a", 1), job("a", 2), job("a", 3), job("a", 4)));
        List<QueuedJob> taken = backend.fetch(OWNER, List.of("a"), 2, Duration.ZERO, List.of());

        backend.requeue(OWNER, taken);

        assertThat(backend.inProgress(OWNER)).isEmpty();
        assertThat(backend.queuedJobs("a", 10))
                .containsExactly(
                        payload("a", 1), payload("a", 2), payload("a", 3), payload("a", 4));
    }

    @Test
    void requeue_skipsJobsNoLongerInProgress() {
        backend.push(List.of(job("a", 1), job("a", 2)));
        List<QueuedJob> taken = backend.fetch(OWNER, List.of("a"), 2, Duration.ZERO, List.of());
        backend.acknowledge(OWNER, List.of(taken.get(0)));

        backend.requeue(OWNER, taken);

        assertThat(backend.queuedJobs("a", 10)).containsExactly(payload("a", 2));
        assertThat(backend.inProgress(OWNER)).isEmpty();
    }

    @Test
    void inProgress_listsOldestTakenFirst() {
        backend.push(List.of(job("a", 1), job("a", 2)));
        backend.fetch(OWNER, List.of("a"), 1, Duration.ZERO, List.of());
        backend.fetch(OWNER, List.of("a"), 1, Duration.ZERO, List.of());

        List<QueuedJob> jobs = backend.inProgress(OWNER);

        assertThat(jobs).containsExactly(job("a", 1), job("a", 2));
    }

    // clearQueue, clear, remove

    @Test
    void clearQueue_deletesTheJobsAndTheNameOnly() {
        backend.push(List.of(job("a", 1), job("b", 2)));

        backend.clearQueue("a");

        assertThat(backend.queueSize("a")).isZero();
        assertThat(backend.queueNames()).containsExactly("b");
        assertThat(backend.queueSize("b")).isEqualTo(1);
    }

    @Test
    void clear_emptiesOneSet() {
        backend.add(JobSet.RETRY, List.of(new SortedEntry(NOW, payload("a", 1))));
        backend.add(JobSet.DEAD, List.of(new SortedEntry(NOW, payload("a", 2))));

        backend.clear(JobSet.RETRY);

        assertThat(backend.size(JobSet.RETRY)).isZero();
        assertThat(backend.size(JobSet.DEAD)).isEqualTo(1);
    }

    @Test
    void remove_deletesTheExactMemberAndSaysWhetherItWasThere() {
        backend.add(
                JobSet.DEAD,
                List.of(
                        new SortedEntry(NOW, payload("a", 1)),
                        new SortedEntry(NOW, payload("a", 2))));

        boolean removed = backend.remove(JobSet.DEAD, payload("a", 1));
        boolean again = backend.remove(JobSet.DEAD, payload("a", 1));

        assertThat(removed).isTrue();
        assertThat(again).isFalse();
        assertThat(backend.entries(JobSet.DEAD, 10))
                .extracting(SortedEntry::payload)
                .containsExactly(payload("a", 2));
    }

    // recoverOrphans

    @Test
    void recoverOrphans_leavesTheJobsOfALiveProcessAlone() {
        backend.heartbeat(beat(OWNER));
        backend.push(List.of(job("a", 1)));
        backend.fetch(OWNER, List.of("a"), 10, Duration.ZERO, List.of());

        List<QueuedJob> recovered = backend.recoverOrphans();

        assertThat(recovered).isEmpty();
        assertThat(backend.inProgress(OWNER)).containsExactly(job("a", 1));
    }

    @Test
    void recoverOrphans_returnsJobsOfAnExpiredProcessToTheFrontOfTheirQueues() {
        backend.heartbeat(beat(OWNER));
        backend.heartbeat(beat(OTHER));
        backend.push(List.of(job("a", 1), job("a", 2), job("b", 3), job("b", 4), job("a", 5)));
        backend.fetch(OWNER, List.of("a"), 2, Duration.ZERO, List.of());
        backend.fetch(OWNER, List.of("b"), 1, Duration.ZERO, List.of());
        backend.fetch(OTHER, List.of("b"), 1, Duration.ZERO, List.of());
        expireHeartbeat(OWNER);
        backend.heartbeat(beat(OTHER));

        List<QueuedJob> recovered = backend.recoverOrphans();

        assertThat(recovered).containsExactlyInAnyOrder(job("a", 1), job("a", 2), job("b", 3));
        assertThat(backend.inProgress(OWNER)).isEmpty();
        assertThat(backend.inProgress(OTHER))
                .as("a live process keeps its jobs")
                .containsExactly(job("b", 4));
        assertThat(backend.queuedJobs("a", 10))
                .as("recovered jobs run next, in taken order")
                .containsExactly(payload("a", 1), payload("a", 2), payload("a", 5));
        assertThat(backend.queuedJobs("b", 10)).containsExactly(payload("b", 3));
    }

    @Test
    void recoverOrphans_recoversEachJobOnce() {
        backend.heartbeat(beat(OWNER));
        backend.push(List.of(job("a", 1)));
        backend.fetch(OWNER, List.of("a"), 10, Duration.ZERO, List.of());
        expireHeartbeat(OWNER);
        backend.recoverOrphans();

        List<QueuedJob> again = backend.recoverOrphans();

        assertThat(again).isEmpty();
        assertThat(backend.queuedJobs("a", 10)).containsExactly(payload("a", 1));
    }

    @Test
    void recoverOrphans_sendsAJobToTheDeadSetOnItsThirdCrash() {
        String poison =
                "{\"class\":\"A\",\"queue\":\"a\",\"args\":[12345678901234567890,"
                        + "{\"error_class\":1}],\"jid\":\"j1\",\"error_class\":\"Old\","
                        + "\"retry_count\":2}";
        DeadSetLimits limits = DeadSetLimits.SIDEKIQ_DEFAULTS;
        backend.push(List.of(new QueuedJob("a", poison)));

        List<Recovery> recoveries = new java.util.ArrayList<>();
        for (int crash = 1; crash <= 3; crash++) {
            backend.heartbeat(beat(OWNER));
            backend.fetch(OWNER, List.of("a"), 10, Duration.ZERO, List.of());
            expireHeartbeat(OWNER);
            recoveries.add(backend.recoverOrphans(3, NOW, limits));
        }

        assertThat(recoveries.get(0).requeued()).containsExactly(new QueuedJob("a", poison));
        assertThat(recoveries.get(1).requeued()).containsExactly(new QueuedJob("a", poison));
        assertThat(recoveries.get(2).requeued()).isEmpty();
        assertThat(recoveries.get(2).killed()).containsExactly(new QueuedJob("a", poison));
        assertThat(backend.queueSize("a")).isZero();
        assertThat(backend.inProgress(OWNER)).isEmpty();
        assertThat(backend.entries(JobSet.DEAD, 10))
                .as("error fields set as text: other bytes, big integers and nested keys kept")
                .containsExactly(
                        new SortedEntry(
                                NOW,
                                "{\"class\":\"A\",\"queue\":\"a\","
                                        + "\"args\":[12345678901234567890,{\"error_class\":1}],"
                                        + "\"jid\":\"j1\","
                                        + "\"error_class\":\"dev.errand.PoisonPillException\","
                                        + "\"retry_count\":2,"
                                        + "\"error_message\":"
                                        + Json.write(PoisonPillException.message(3))
                                        + ",\"failed_at\":1796310363.590106}"));
    }

    @Test
    void recoverOrphans_blamesOnlyJobsTheOwnerCouldHaveBeenRunning() {
        backend.heartbeat(beat(OWNER));
        List<QueuedJob> jobs = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            jobs.add(job("a", i));
        }
        backend.push(jobs);
        backend.fetch(OWNER, List.of("a"), 12, Duration.ZERO, List.of());
        expireHeartbeat(OWNER);

        Recovery recovery = backend.recoverOrphans(1, NOW, DeadSetLimits.SIDEKIQ_DEFAULTS);

        assertThat(recovery.killed())
                .as("the oldest twice-concurrency (2 x 5) jobs are blamed")
                .containsExactlyInAnyOrderElementsOf(jobs.subList(0, 10));
        assertThat(recovery.requeued())
                .as("jobs still in the fetch buffer are not")
                .containsExactlyInAnyOrder(job("a", 11), job("a", 12));
    }

    @Test
    void recoverOrphans_countsCrashesPerJidAndStartsAgainAfterAKill() {
        backend.push(List.of(job("a", 1)));
        crashOnce(OWNER, "a", 2);
        crashOnce(OWNER, "a", 2);
        backend.push(List.of(job("a", 1)));

        Recovery afterKill = crashOnce(OWNER, "a", 2);

        assertThat(afterKill.requeued())
                .as("the count restarts once the job was killed")
                .containsExactly(job("a", 1));
        assertThat(backend.size(JobSet.DEAD)).isEqualTo(1);
    }

    @Test
    void recoverOrphans_sendsAPayloadThatIsNotJsonToTheDeadSetAsItIs() {
        backend.push(List.of(new QueuedJob("a", "not json \u00e9")));

        Recovery recovery = crashOnce(OWNER, "a", 1);

        assertThat(recovery.killed()).containsExactly(new QueuedJob("a", "not json \u00e9"));
        assertThat(backend.entries(JobSet.DEAD, 10))
                .extracting(SortedEntry::payload)
                .containsExactly("not json \u00e9");
    }

    private Recovery crashOnce(String identity, String queue, int maxCrashes) {
        backend.heartbeat(beat(identity));
        backend.fetch(identity, List.of(queue), 10, Duration.ZERO, List.of());
        expireHeartbeat(identity);
        return backend.recoverOrphans(maxCrashes, NOW, DeadSetLimits.SIDEKIQ_DEFAULTS);
    }

    @Test
    void heartbeat_withAShortTimeToLiveExpiresOnItsOwn() {
        backend.heartbeat(
                new ProcessBeat(OWNER, "{}", 5, 0, NOW, false, 0, 0, Map.of(), 0, 0, DAY, 1_000));
        backend.push(List.of(job("a", 1)));
        backend.fetch(OWNER, List.of("a"), 10, Duration.ZERO, List.of());

        awaitExpiry(OWNER, Duration.ofMillis(1_000));

        assertThat(backend.recoverOrphans()).containsExactly(job("a", 1));
    }

    /** Lets {@code ttl} pass for a process record, however the backend measures time. */
    protected abstract void awaitExpiry(String identity, Duration ttl);

    // heartbeat, signal, removeProcess

    @Test
    void heartbeat_writesTheProcessRecordAndMembership() {
        ProcessBeat beat =
                new ProcessBeat(
                        OWNER,
                        "{\"hostname\":\"host-a\"}",
                        5,
                        2,
                        1_796_310_376.110671,
                        true,
                        51_200,
                        345,
                        Map.of("tid1", "{\"queue\":\"a\"}"),
                        0,
                        0,
                        DAY);

        Optional<String> signal = backend.heartbeat(beat);

        assertThat(signal).isEmpty();
        assertThat(backend.processes()).containsExactly(OWNER);
        assertThat(backend.processRecord(OWNER))
                .containsOnly(
                        Map.entry("info", "{\"hostname\":\"host-a\"}"),
                        Map.entry("concurrency", "5"),
                        Map.entry("busy", "2"),
                        Map.entry("beat", "1796310376.110671"),
                        Map.entry("quiet", "true"),
                        Map.entry("rss", "51200"),
                        Map.entry("rtt_us", "345"));
    }

    @Test
    void heartbeat_addsItsCountsToTheStats() {
        backend.heartbeat(beat(OWNER, 7, 2));

        backend.heartbeat(beat(OWNER, 3, 0));

        assertThat(backend.stats()).isEqualTo(new StatsSnapshot(10, 2));
    }

    @Test
    void heartbeat_popsOneSignalPerBeatOldestFirst() {
        backend.signal(OWNER, "TSTP");
        backend.signal(OWNER, "TERM");

        Optional<String> first = backend.heartbeat(beat(OWNER));
        Optional<String> second = backend.heartbeat(beat(OWNER));
        Optional<String> third = backend.heartbeat(beat(OWNER));

        assertThat(first).contains("TSTP");
        assertThat(second).contains("TERM");
        assertThat(third).isEmpty();
    }

    @Test
    void signal_toAnotherProcessIsNotPoppedByThisOne() {
        backend.signal(OTHER, "TERM");

        Optional<String> popped = backend.heartbeat(beat(OWNER));

        assertThat(popped).isEmpty();
        assertThat(backend.heartbeat(beat(OTHER))).contains("TERM");
    }

    @Test
    void processRecord_isEmptyForAnUnknownIdentity() {
        assertThat(backend.processRecord("nobody:1:000000000000")).isEmpty();
        assertThat(backend.processes()).isEmpty();
        assertThat(backend.stats()).isEqualTo(new StatsSnapshot(0, 0));
    }

    @Test
    void removeProcess_dropsMembershipAndAddsTheFinalCounts() {
        backend.heartbeat(beat(OWNER, 1, 0));
        backend.heartbeat(beat(OTHER));

        backend.removeProcess(OWNER, 4, 1, DAY);

        assertThat(backend.processes()).containsExactly(OTHER);
        assertThat(backend.stats()).isEqualTo(new StatsSnapshot(5, 1));
    }

    @Test
    void removeProcess_leavesUnacknowledgedJobsForRecovery() {
        backend.heartbeat(beat(OWNER));
        backend.push(List.of(job("a", 1), job("a", 2)));
        List<QueuedJob> taken = backend.fetch(OWNER, List.of("a"), 2, Duration.ZERO, List.of());
        backend.acknowledge(OWNER, taken.subList(0, 1));

        backend.removeProcess(OWNER, 1, 0, DAY);
        expireHeartbeat(OWNER);

        assertThat(backend.recoverOrphans()).containsExactly(job("a", 2));
        assertThat(backend.queuedJobs("a", 10)).containsExactly(payload("a", 2));
    }

    @Test
    void describe_namesTheStore() {
        assertThat(backend.describe()).isNotBlank();
    }

    // Helpers.

    protected static String payload(String queue, int n) {
        return "{\"retry\":true,\"queue\":\""
                + queue
                + "\",\"class\":\"Job\",\"args\":["
                + n
                + "],\"jid\":\""
                + String.format("%024x", n)
                + "\"}";
    }

    protected static QueuedJob job(String queue, int n) {
        return new QueuedJob(queue, payload(queue, n));
    }

    protected static String scheduled(int n) {
        return payload("q", n);
    }

    protected static SortedEntry entry(double score, int n) {
        return new SortedEntry(score, payload("q", n));
    }

    protected static ProcessBeat beat(String identity) {
        return beat(identity, 0, 0);
    }

    protected static ProcessBeat beat(String identity, long processed, long failed) {
        return new ProcessBeat(
                identity,
                "{\"identity\":\"" + identity + "\"}",
                5,
                0,
                NOW,
                false,
                1024,
                100,
                Map.of(),
                processed,
                failed,
                DAY);
    }

    private static String argsOf(String payload) {
        return Json.write(Json.readObject(payload).get("args"));
    }
}
