package dev.errand.testing;

import static dev.errand.testing.ErrandAssertions.assertThat;
import static dev.errand.testing.JobMatcher.any;
import static dev.errand.testing.JobMatcher.job;
import static dev.errand.testing.Times.atLeast;
import static dev.errand.testing.Times.atMost;
import static dev.errand.testing.Times.exactly;
import static dev.errand.testing.Times.never;
import static dev.errand.testing.Times.once;
import static dev.errand.testing.Times.twice;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.errand.testing.TestJobs.Child;
import dev.errand.testing.TestJobs.Greet;
import dev.errand.testing.TestJobs.Notify;
import dev.errand.testing.TestJobs.Parent;
import dev.errand.testing.TestJobs.Settings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The AssertJ assertions and their failure messages. */
class ErrandAssertionsTest {
    private static final Instant START = TestClock.DEFAULT_START;
    private final ErrandHarness harness = ErrandHarness.create();

    ErrandAssertionsTest() {
        new TestJobs(harness);
    }

    @Test
    void hasEnqueued_matchesClassArgsQueueAndTime() {
        harness.enqueueIn(Greet.SPEC, Duration.ofMinutes(5), 42L);
        harness.enqueue(Notify.SPEC, 1L, "hello");

        assertThat(harness)
                .hasEnqueued(
                        job(Greet.SPEC).withArgs(42L).onQueue("mail").in(Duration.ofMinutes(5)))
                .hasEnqueued(job(Greet.SPEC).at(START.plusSeconds(300), Duration.ZERO))
                .hasEnqueued(job(Notify.class).withArgs(1, "hello").immediately())
                .hasEnqueued(job(Notify.SPEC).withArgs(any(), "hello"))
                .hasEnqueued(
                        job(Notify.SPEC)
                                .withArgsMatching(
                                        "a greeting", args -> args.get(1).equals("hello")))
                .hasEnqueued(job(Greet.SPEC).withField("retry", true))
                .hasEnqueuedCount(2);
    }

    @Test
    void hasEnqueued_withArgsContaining_matchesMapSubsets() {
        harness.enqueue(
                Settings.SPEC,
                Map.of("limit", 5, "mode", "fast", "nested", Map.of("a", 1, "b", 2)));

        assertThat(harness)
                .hasEnqueued(
                        job(Settings.SPEC)
                                .withArgsContaining(
                                        Map.of("mode", "fast", "nested", Map.of("a", 1))));
        assertThatThrownBy(
                        () ->
                                assertThat(harness)
                                        .hasEnqueued(
                                                job(Settings.SPEC)
                                                        .withArgs(Map.of("mode", "fast"))))
                .hasMessageContaining("[differs] args");
    }

    @Test
    void hasEnqueued_countsOnlyJobsMatchingEveryPart() {
        harness.enqueue(Greet.SPEC, 1L);
        harness.enqueue(Greet.SPEC, 1L);
        harness.enqueue(Greet.SPEC, 2L);

        assertThat(harness)
                .hasEnqueued(job(Greet.SPEC).withArgs(1L), exactly(2))
                .hasEnqueued(job(Greet.SPEC), atLeast(3))
                .hasEnqueued(job(Greet.SPEC).withArgs(2L), atMost(1))
                .hasEnqueued(job(Notify.SPEC), never());
        assertThatThrownBy(
                        () ->
                                assertThat(harness)
                                        .hasEnqueued(job(Greet.SPEC).withArgs(1L), exactly(1)))
                .hasMessageContaining("Expected exactly 1 enqueued job(s) matching")
                .hasMessageContaining("but 2 were enqueued");
    }

    @Test
    void hasEnqueued_withoutTimes_meansAtLeastOnce() {
        harness.enqueue(Greet.SPEC, 1L);
        harness.enqueue(Greet.SPEC, 1L);

        assertThat(harness)
                .hasEnqueued(job(Greet.SPEC).withArgs(1L))
                .hasEnqueued(job(Greet.SPEC).withArgs(1L), twice());
        assertThatThrownBy(
                        () -> assertThat(harness).hasEnqueued(job(Greet.SPEC).withArgs(1L), once()))
                .hasMessageContaining("Expected exactly 1 enqueued job(s) matching");
    }

    @Test
    void enqueued_supportsAssertJListAssertions() {
        harness.enqueue(Greet.SPEC, 1L);
        harness.enqueue(Notify.SPEC, 2L, "x");

        assertThat(harness)
                .enqueued()
                .hasSize(2)
                .extracting(EnqueuedJob::queue)
                .containsExactly("mail", "default");
        assertThat(harness)
                .enqueued()
                .filteredOn(queued -> queued.isOf(Greet.SPEC))
                .hasJob(job(Greet.SPEC).withArgs(1L));
        assertThatThrownBy(() -> assertThat(harness).enqueued().hasSize(3))
                .hasMessageContaining("Enqueued (2 jobs):");
    }

    @Test
    void hasNotEnqueued_failsWhenTwoMatchingJobsWereEnqueued() {
        harness.enqueue(Greet.SPEC, 1L);
        harness.enqueue(Greet.SPEC, 1L);

        assertThatThrownBy(() -> assertThat(harness).hasNotEnqueued(job(Greet.SPEC)))
                .hasMessageContaining("Expected no enqueued job to match")
                .hasMessageContaining("but 2 do");
        assertThatThrownBy(() -> assertThat(harness).hasEnqueued(job(Greet.SPEC), never()))
                .hasMessageContaining("Expected no enqueued job(s) matching");
    }

    @Test
    void hasEnqueued_failureListsEnqueuedJobsAndDiffsNearestCandidate() {
        harness.enqueue(Greet.SPEC, 42L);
        harness.enqueue(Greet.SPEC, 7L);
        harness.enqueue(Notify.SPEC, 1L, "x");

        assertThatThrownBy(
                        () ->
                                assertThat(harness)
                                        .hasEnqueued(job(Greet.SPEC).withArgs(43L).onQueue("mail")))
                .hasMessageContaining("Nearest candidate: " + Greet.class.getName())
                .hasMessageContaining("[same]    class")
                .hasMessageContaining("[differs] args: expected args [43]")
                .hasMessageContaining("found    [42]")
                .hasMessageContaining("[same]    queue")
                .hasMessageContaining("Enqueued (3 jobs):")
                .hasMessageContaining("  " + Greet.class.getName() + " (2)")
                .hasMessageContaining("  " + Notify.class.getName() + " (1)")
                .hasMessageContaining("queue=default at=immediately args=[1,\"x\"]");
    }

    @Test
    void hasEnqueued_onAnotherQueue_hintsAtTheQueue() {
        harness.with(Greet.SPEC).queue("urgent").enqueue(1L);

        assertThatThrownBy(
                        () ->
                                assertThat(harness)
                                        .hasEnqueued(job(Greet.SPEC).withArgs(1L).onQueue("mail")))
                .hasMessageContaining("it is on queue \"urgent\"");
    }

    @Test
    void hasEnqueued_withArgsOfAnotherJsonType_hintsAtNormalisation() {
        harness.enqueue(Notify.SPEC, 1L, "42");

        assertThatThrownBy(() -> assertThat(harness).hasEnqueued(job(Notify.SPEC).withArgs(1, 42)))
                .hasMessageContaining("differ only in JSON type");
    }

    @Test
    void hasEnqueued_withNonJsonExpectation_saysNoJobCanHoldIt() {
        harness.enqueue(Settings.SPEC, Map.of("since", "2030-01-01"));

        assertThatThrownBy(
                        () ->
                                assertThat(harness)
                                        .hasEnqueued(
                                                job(Settings.SPEC)
                                                        .withArgs(
                                                                Map.of(
                                                                        "since",
                                                                        LocalDate.of(2030, 1, 1)))))
                .hasMessageContaining("args[0].since is not JSON-native");
    }

    @Test
    void hasEnqueued_timeOffByMoreThanTolerance_showsBothTimes() {
        harness.enqueueIn(Greet.SPEC, Duration.ofSeconds(62), 1L);

        assertThatThrownBy(
                        () ->
                                assertThat(harness)
                                        .hasEnqueued(job(Greet.SPEC).in(Duration.ofMinutes(1))))
                .hasMessageContaining("expected 2030-01-01T00:01:00Z")
                .hasMessageContaining("tolerance PT1S")
                .hasMessageContaining("found    2030-01-01T00:01:02Z (PT2S later)");
        assertThat(harness)
                .hasEnqueued(job(Greet.SPEC).in(Duration.ofMinutes(1), Duration.ofSeconds(2)));
    }

    @Test
    void hasEnqueued_timedBySystemClockBehindFrozenClock_hintsAtTheClock() {
        ErrandHarness ahead =
                ErrandHarness.builder()
                        .startTime(Instant.now().plus(Duration.ofDays(3650)))
                        .build();
        ahead.with(Greet.SPEC).at(Instant.now().plusSeconds(300)).enqueue(1L);

        assertThatThrownBy(
                        () ->
                                assertThat(ahead)
                                        .hasEnqueued(job(Greet.SPEC).in(Duration.ofMinutes(5))))
                .hasMessageContaining("found    immediately (not scheduled)")
                .hasMessageContaining("The harness clock stands still")
                .hasMessageContaining("pass it harness.clock() instead");
    }

    @Test
    void hasEnqueued_timedBySystemClockAheadOfHarnessClock_hintsAtTheClock() {
        ErrandHarness past =
                ErrandHarness.builder().startTime(Instant.now().minus(Duration.ofDays(1))).build();
        past.with(Greet.SPEC).at(Instant.now().plusSeconds(300)).enqueue(1L);

        assertThatThrownBy(
                        () ->
                                assertThat(past)
                                        .hasEnqueued(job(Greet.SPEC).in(Duration.ofMinutes(5))))
                .hasMessageContaining("probably reads the system clock");
    }

    @Test
    void hasEnqueued_afterClockMoved_hintsThatInCountsFromNow() {
        harness.enqueueIn(Greet.SPEC, Duration.ofMinutes(5), 1L);
        harness.advance(Duration.ofMinutes(2));

        assertThatThrownBy(
                        () ->
                                assertThat(harness)
                                        .hasEnqueued(job(Greet.SPEC).in(Duration.ofMinutes(5))))
                .hasMessageContaining("the harness clock moved PT2M since the job was pushed");
    }

    @Test
    void enqueuedBy_assertsOnlyOnWhatTheBlockEnqueued() {
        harness.enqueue(Greet.SPEC, 1L);

        assertThat(harness)
                .enqueuedBy(() -> harness.enqueue(Greet.SPEC, 2L))
                .hasJobCount(1)
                .hasJob(job(Greet.SPEC).withArgs(2L))
                .hasNoJob(job(Greet.SPEC).withArgs(1L));
    }

    @Test
    void performedBy_runsTheBlocksJobsAndAssertsOnThem() {
        assertThat(harness)
                .performedBy(() -> harness.enqueue(Parent.SPEC, 1L))
                .hasJobCount(3)
                .hasJob(job(Child.SPEC).withArgs(1L), exactly(1));

        assertThat(harness).hasPerformedCount(3).hasNoEnqueuedJobs().hasNoFailures();
    }

    @Test
    void firstJob_givesSingleJobAssertions() {
        harness.enqueueIn(Greet.SPEC, Duration.ofMinutes(10), 9L);
        harness.enqueue(Notify.SPEC, 9L, "x");

        assertThat(harness)
                .enqueued()
                .firstJob(job(Greet.SPEC))
                .isOf(Greet.SPEC)
                .hasArgs(9L)
                .isOnQueue("mail")
                .isScheduledIn(Duration.ofMinutes(10))
                .isScheduledAt(START.plusSeconds(600));
        assertThat(harness.jobs(Notify.SPEC).get(0)).isImmediate().hasArgsContaining(any(), "x");
        assertThatThrownBy(() -> assertThat(harness.jobs(Notify.SPEC).get(0)).isOnQueue("mail"))
                .hasMessageContaining("[differs] queue: expected \"mail\"");
    }

    @Test
    void hasRetryAndHasNoFailures_reportFailedJobs() {
        ErrandHarness recording = ErrandHarness.builder().recordFailures().build();
        new TestJobs(recording);
        recording.enqueue(TestJobs.Broken.SPEC, 3L);

        recording.performEnqueuedJobs();

        assertThat(recording)
                .hasRetry(job(TestJobs.Broken.SPEC).withArgs(3L).at(START.plusSeconds(30)));
        assertThatThrownBy(() -> assertThat(recording).hasNoFailures())
                .hasMessageContaining("broken 3 -> RETRIED");
        assertThatThrownBy(() -> assertThat(recording).hasPerformed(job(Greet.SPEC)))
                .hasMessageContaining("Performed (1 job)");
        assertThatThrownBy(() -> assertThat(recording).hasEnqueued(job(TestJobs.Broken.SPEC)))
                .hasMessageContaining("Hint: a matching job is in the retry set");
    }
}
