package dev.errand.testing;

import static dev.errand.testing.ErrandAssertions.assertThat;
import static dev.errand.testing.JobMatcher.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.errand.JobSpec;
import dev.errand.RawJob;
import dev.errand.testing.TestJobs.Broken;
import dev.errand.testing.TestJobs.Failing;
import dev.errand.testing.TestJobs.Flaky;
import dev.errand.testing.TestJobs.FlakyException;
import dev.errand.testing.TestJobs.Gone;
import dev.errand.testing.TestJobs.Greet;
import dev.errand.worker.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The test clock, and failures handled by the job's real rules. */
class ClockAndRetriesTest {
    private static final Instant START = TestClock.DEFAULT_START;

    @Test
    void runDue_runsOnlyJobsTheClockHasReached() {
        ErrandHarness harness = ErrandHarness.create();
        TestJobs jobs = new TestJobs(harness);
        harness.enqueueIn(Greet.SPEC, Duration.ofMinutes(5), 1L);
        harness.enqueueIn(Greet.SPEC, Duration.ofMinutes(50), 2L);
        harness.enqueue(Greet.SPEC, 3L);

        int first = harness.runDue();
        harness.advance(Duration.ofMinutes(5));
        int second = harness.runDue();

        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(1);
        assertThat(jobs.log).containsExactly("greet 3", "greet 1");
        assertThat(harness.scheduledJobs()).hasSize(1);
    }

    @Test
    void advanceAndRunDue_stopsAtEachDueTimeOnTheWay() {
        ErrandHarness harness = ErrandHarness.create();
        TestJobs jobs = new TestJobs(harness);
        harness.enqueueIn(Greet.SPEC, Duration.ofMinutes(50), 2L);
        harness.enqueueIn(Greet.SPEC, Duration.ofMinutes(5), 1L);

        int ran = harness.advanceAndRunDue(Duration.ofHours(1));

        assertThat(ran).isEqualTo(2);
        assertThat(jobs.log).containsExactly("greet 1", "greet 2");
        assertThat(harness.clock().instant()).isEqualTo(START.plus(Duration.ofHours(1)));
    }

    @Test
    void clock_setAndAdvance_moveOnlyWhenTold() {
        TestClock clock = new TestClock(START);

        clock.advance(Duration.ofSeconds(30));
        Instant advanced = clock.instant();
        clock.set(START.minusSeconds(60));

        assertThat(advanced).isEqualTo(START.plusSeconds(30));
        assertThat(clock.instant()).isEqualTo(START.minusSeconds(60));
        assertThat(clock.withZone(java.time.ZoneId.of("Europe/Paris")).instant())
                .isEqualTo(clock.instant());
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
                .hasMessageContaining("use set(instant)");
    }

    @Test
    void performEnqueuedJobs_sidekiqRetry_goesToRetrySetAtBackoffTimeAndRethrows() {
        ErrandHarness harness = ErrandHarness.create();
        new TestJobs(harness);
        harness.enqueue(Broken.SPEC, 1L);

        assertThatThrownBy(harness::performEnqueuedJobs)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("broken 1");

        EnqueuedJob retry = harness.retrySet().get(0);
        assertThat(retry.scheduledAt()).contains(START.plusSeconds(30));
        assertThat(retry.retryCount()).contains(0);
        assertThat(retry.errorClass()).contains(IllegalStateException.class.getName());
        assertThat(harness.failures())
                .extracting(JobFailure::outcome)
                .containsExactly(Outcome.RETRIED);
    }

    @Test
    void performEnqueuedJobs_sidekiqDefaultBackoff_retriesInExactlyFifteenSecondsEveryTime() {
        Set<Instant> retryTimes = new HashSet<>();

        for (int i = 0; i < 20; i++) {
            ErrandHarness harness = ErrandHarness.builder().recordFailures().build();
            new TestJobs(harness);
            harness.enqueue(Failing.SPEC, 1L);
            harness.performEnqueuedJobs();
            retryTimes.add(harness.retrySet().get(0).scheduledAt().orElseThrow());
        }

        assertThat(retryTimes)
                .as("first retry times of the same failure on the test clock")
                .containsExactly(START.plusSeconds(15));
    }

    @Test
    void hasRetry_sidekiqDefaultBackoff_isCountToTheFourthPlusFifteenSeconds() {
        ErrandHarness harness = ErrandHarness.builder().recordFailures().build();
        new TestJobs(harness);
        harness.enqueue(Failing.SPEC, 1L);

        harness.performEnqueuedJobs();
        assertThat(harness).hasRetry(job(Failing.SPEC).in(Duration.ofSeconds(15), Duration.ZERO));
        harness.advanceAndRunDue(Duration.ofSeconds(15));

        assertThat(harness)
                .hasRetry(
                        job(Failing.SPEC)
                                .withField("retry_count", 1)
                                .in(Duration.ofSeconds(1 + 15), Duration.ZERO));
    }

    @Test
    void advanceAndRunDue_sidekiqRetries_runOnTheClockThenDie() {
        ErrandHarness harness = ErrandHarness.builder().recordFailures().build();
        TestJobs jobs = new TestJobs(harness);
        harness.onDeath(
                (job, error) -> jobs.deaths.add(job.className() + " " + error.getMessage()));
        harness.enqueue(Broken.SPEC, 1L);

        harness.runDue();
        harness.advanceAndRunDue(Duration.ofSeconds(29));
        int beforeDue = jobs.log.size();
        harness.advanceAndRunDue(Duration.ofMinutes(5));

        assertThat(beforeDue).isEqualTo(1);
        assertThat(jobs.log).containsExactly("broken 1", "broken 1", "broken 1");
        assertThat(harness.retrySet()).isEmpty();
        assertThat(harness).hasDead(job(Broken.SPEC).withArgs(1L).withField("retry_count", 2));
        assertThat(jobs.deaths).containsExactly(Broken.class.getName() + " broken 1");
        assertThat(harness.failures())
                .extracting(JobFailure::outcome)
                .containsExactly(Outcome.RETRIED, Outcome.RETRIED, Outcome.DEAD);
    }

    @Test
    void performEnqueuedJobs_failingHarnessDeathHandler_reachesTheTestEvenWhenRecording() {
        JobSpec<RawJob> dies = JobSpec.named("Dying").noRetry().build();
        ErrandHarness harness = ErrandHarness.builder().recordFailures().build();
        harness.register(
                dies,
                () ->
                        args -> {
                            throw new IllegalStateException("broken " + args.get(0));
                        });
        harness.onDeath(
                (job, error) -> {
                    throw new AssertionError("death handler saw " + error.getMessage());
                });
        harness.enqueueArgs(dies, List.of(1));

        assertThatThrownBy(harness::performEnqueuedJobs)
                .isInstanceOf(AssertionError.class)
                .hasMessage("death handler saw broken 1");

        assertThat(harness.failures())
                .singleElement()
                .satisfies(
                        failure -> {
                            assertThat(failure.outcome()).isEqualTo(Outcome.DROPPED);
                            assertThat(failure.deathHandlerErrors())
                                    .singleElement()
                                    .extracting(Throwable::getMessage)
                                    .isEqualTo("death handler saw broken 1");
                            assertThat(failure.toString()).contains("death handler failed with");
                        });
    }

    @Test
    void performEnqueuedJobs_failingSpecDeathHandler_reachesTheTest() {
        JobSpec<RawJob> dies =
                JobSpec.named("DyingWithHandler")
                        .noRetry()
                        .onDeath(
                                (job, error) -> {
                                    throw new AssertionError(
                                            "spec handler saw " + error.getMessage());
                                })
                        .build();
        ErrandHarness harness = ErrandHarness.builder().recordFailures().build();
        harness.register(
                dies,
                () ->
                        args -> {
                            throw new IllegalStateException("broken " + args.get(0));
                        });
        harness.enqueueArgs(dies, List.of(2));

        Throwable thrown = catchThrowable(harness::performEnqueuedJobs);

        assertThat(thrown)
                .isInstanceOf(AssertionError.class)
                .hasMessage("spec handler saw broken 2");
        assertThat(harness.failures())
                .singleElement()
                .satisfies(failure -> assertThat(failure.deathHandlerErrors()).hasSize(1));
    }

    @Test
    void performEnqueuedJobs_block_runsRetryOnRetriesBackToBackUntilSuccess() {
        ErrandHarness harness = ErrandHarness.create();
        TestJobs jobs = new TestJobs(harness);
        jobs.flakyFailures.set(2);

        harness.performEnqueuedJobs(() -> harness.enqueue(Flaky.SPEC, 5L));

        assertThat(jobs.log).containsExactly("flaky 5", "flaky 5", "flaky 5");
        assertThat(harness.retrySet()).isEmpty();
        assertThat(harness.performedJobs()).hasSize(3);
        assertThat(harness.performedJobs().get(2).fields().get("exception_executions"))
                .isEqualTo(java.util.Map.of("[" + FlakyException.class.getName() + "]", 2));
    }

    @Test
    void performEnqueuedJobs_block_whenRetryOnAttemptsRunOut_rethrowsAndKills() {
        ErrandHarness harness = ErrandHarness.create();
        TestJobs jobs = new TestJobs(harness);
        jobs.flakyFailures.set(10);

        assertThatThrownBy(() -> harness.performEnqueuedJobs(() -> harness.enqueue(Flaky.SPEC, 6L)))
                .isInstanceOf(FlakyException.class);

        assertThat(jobs.log).hasSize(3);
        assertThat(harness.deadSet()).hasSize(1);
    }

    @Test
    void performEnqueuedJobs_retryOnFailure_leavesRetryForTheClockWithoutThrowing() {
        ErrandHarness harness = ErrandHarness.create();
        TestJobs jobs = new TestJobs(harness);
        jobs.flakyFailures.set(1);
        harness.enqueue(Flaky.SPEC, 7L);

        harness.performEnqueuedJobs();
        int afterFlush = jobs.log.size();
        harness.advanceAndRunDue(Duration.ofSeconds(10));

        assertThat(afterFlush).isEqualTo(1);
        assertThat(jobs.log).containsExactly("flaky 7", "flaky 7");
        assertThat(harness.retrySet()).isEmpty();
    }

    @Test
    void performEnqueuedJobs_discardOn_dropsTheJobQuietly() {
        ErrandHarness harness = ErrandHarness.create();
        TestJobs jobs = new TestJobs(harness);
        harness.enqueue(Gone.SPEC, 1L);

        harness.performEnqueuedJobs();

        assertThat(jobs.log).containsExactly("gone 1");
        assertThat(harness.retrySet()).isEmpty();
        assertThat(harness.deadSet()).isEmpty();
        assertThat(harness.failures())
                .extracting(JobFailure::outcome)
                .containsExactly(Outcome.DISCARDED);
    }

    @Test
    void enqueueIn_countsFromTheHarnessClock() {
        ErrandHarness harness =
                ErrandHarness.builder().startTime(Instant.parse("2031-05-01T10:00:00Z")).build();

        harness.enqueueIn(Greet.SPEC, Duration.ofMinutes(5), 1L);

        assertThat(harness.jobs().get(0).scheduledAt())
                .contains(Instant.parse("2031-05-01T10:05:00Z"));
        assertThat(harness.jobs().get(0).time("created_at"))
                .contains(Instant.parse("2031-05-01T10:00:00Z"));
    }
}
