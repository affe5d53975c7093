package dev.errand.testing;

import static dev.errand.testing.JobMatcher.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.errand.testing.TestJobs.Child;
import dev.errand.testing.TestJobs.Greet;
import dev.errand.testing.TestJobs.Notify;
import dev.errand.testing.TestJobs.Parent;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** ActiveJob's assert_* helpers, mirrored on the harness. */
class TestHelperAssertionsTest {
    private final ErrandHarness harness = ErrandHarness.create();
    private final TestJobs jobs = new TestJobs(harness);

    @Test
    void assertEnqueuedJobs_countsAllEnqueuedJobs() {
        harness.enqueue(Greet.SPEC, 1L);
        harness.enqueue(Notify.SPEC, 1L, "a");

        harness.assertEnqueuedJobs(2);

        assertThatThrownBy(() -> harness.assertEnqueuedJobs(3))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected 3 jobs enqueued, but 2 were enqueued");
    }

    @Test
    void assertEnqueuedJobs_withFilters_countsOnlyMatchingJobs() {
        harness.enqueue(Greet.SPEC, 1L);
        harness.enqueue(Greet.SPEC, 2L);
        harness.enqueue(Notify.SPEC, 1L, "a");

        harness.assertEnqueuedJobs(2, JobFilter.only(Greet.SPEC));
        harness.assertEnqueuedJobs(1, JobFilter.except(Greet.SPEC));
        harness.assertEnqueuedJobs(2, JobFilter.queue("mail"));
        harness.assertEnqueuedJobs(
                1, JobFilter.matching("user 2", j -> j.args().equals(java.util.List.of(2))));
    }

    @Test
    void assertEnqueuedJobs_block_countsOnlyJobsTheBlockEnqueued() {
        harness.enqueue(Greet.SPEC, 1L);

        harness.assertEnqueuedJobs(1, () -> harness.enqueue(Greet.SPEC, 2L));

        assertThatThrownBy(
                        () -> harness.assertEnqueuedJobs(2, () -> harness.enqueue(Greet.SPEC, 3L)))
                .hasMessageContaining("but 1 was enqueued by the block");
    }

    @Test
    void assertEnqueuedJobs_block_staysCorrectWhenTheBlockFlushes() {
        harness.enqueue(Greet.SPEC, 1L);

        harness.assertEnqueuedJobs(
                1,
                () -> {
                    harness.performEnqueuedJobs();
                    harness.enqueue(Greet.SPEC, 2L);
                });

        assertThat(jobs.log).containsExactly("greet 1");
    }

    @Test
    void assertNoEnqueuedJobs_failsAndListsWhatWasEnqueued() {
        harness.enqueue(Greet.SPEC, 42L);

        assertThatThrownBy(harness::assertNoEnqueuedJobs)
                .hasMessageContaining("Expected 0 jobs enqueued, but 1 was enqueued")
                .hasMessageContaining(Greet.class.getName() + " (1)")
                .hasMessageContaining("queue=mail at=immediately args=[42]");
    }

    @Test
    void assertNoEnqueuedJobs_withFilterAndBlock_ignoresOtherJobs() {
        harness.assertNoEnqueuedJobs(
                JobFilter.only(Notify.SPEC), () -> harness.enqueue(Greet.SPEC, 1L));
    }

    @Test
    void assertEnqueuedWith_returnsTheMatchedJob() {
        harness.enqueueIn(Greet.SPEC, Duration.ofMinutes(5), 42L);

        EnqueuedJob found =
                harness.assertEnqueuedWith(
                        job(Greet.SPEC).withArgs(42L).onQueue("mail").in(Duration.ofMinutes(5)));

        assertThat(found.jid()).hasSize(24);
        assertThat(found.scheduledAt()).contains(TestClock.DEFAULT_START.plusSeconds(300));
    }

    @Test
    void assertEnqueuedWith_block_seesOnlyJobsTheBlockEnqueued() {
        harness.enqueue(Greet.SPEC, 1L);

        assertThatThrownBy(
                        () ->
                                harness.assertEnqueuedWith(
                                        job(Greet.SPEC).withArgs(1L),
                                        () -> harness.enqueue(Greet.SPEC, 2L)))
                .hasMessageContaining("but none matched");

        EnqueuedJob found =
                harness.assertEnqueuedWith(
                        job(Greet.SPEC).withArgs(3L), () -> harness.enqueue(Greet.SPEC, 3L));
        assertThat(found.args()).containsExactly(3);
    }

    @Test
    void assertEnqueuedWith_whenNothingWasEnqueued_saysSo() {
        assertThatThrownBy(() -> harness.assertEnqueuedWith(job(Greet.SPEC)))
                .hasMessageContaining("No job was enqueued.")
                .hasMessageContaining("Enqueued: none.");
    }

    @Test
    void assertPerformedJobs_block_performsAndCountsTheBlocksJobs() {
        harness.assertPerformedJobs(3, () -> harness.enqueue(Parent.SPEC, 1L));

        assertThat(jobs.log).containsExactly("parent 1", "child 1", "greet 1");
    }

    @Test
    void assertPerformedJobs_blockWithOnly_performsOnlyFilteredJobs() {
        harness.assertPerformedJobs(
                1, JobFilter.only(Parent.SPEC), () -> harness.enqueue(Parent.SPEC, 1L));

        harness.assertEnqueuedJobs(1, JobFilter.only(Child.SPEC));
    }

    @Test
    void assertPerformedJobs_countsPerformedJobsWithFilter() {
        harness.enqueue(Greet.SPEC, 1L);
        harness.enqueue(Notify.SPEC, 1L, "a");
        harness.performEnqueuedJobs();

        harness.assertPerformedJobs(2);
        harness.assertPerformedJobs(1, JobFilter.only(Notify.SPEC));
    }

    @Test
    void assertNoPerformedJobs_failsWhenAJobRan() {
        harness.assertNoPerformedJobs();
        harness.enqueue(Greet.SPEC, 1L);

        assertThatThrownBy(
                        () -> harness.assertNoPerformedJobs(() -> harness.enqueue(Greet.SPEC, 2L)))
                .hasMessageContaining("but 1 was performed in the block");

        harness.assertNoPerformedJobs(JobFilter.only(Notify.SPEC));
    }

    @Test
    void assertPerformedWith_findsPerformedJobAndBlockForm() {
        harness.enqueue(Greet.SPEC, 8L);
        harness.performEnqueuedJobs();

        EnqueuedJob performed = harness.assertPerformedWith(job(Greet.SPEC).withArgs(8L));
        EnqueuedJob inBlock =
                harness.assertPerformedWith(
                        job(Child.SPEC).withArgs(9L), () -> harness.enqueue(Parent.SPEC, 9L));

        assertThat(performed.args()).containsExactly(8);
        assertThat(inBlock.className()).isEqualTo(Child.class.getName());
    }

    @Test
    void assertPerformedWith_whenOnlyEnqueued_hintsWhereTheJobIs() {
        harness.enqueue(Greet.SPEC, 8L);

        assertThatThrownBy(() -> harness.assertPerformedWith(job(Greet.SPEC).withArgs(8L)))
                .hasMessageContaining("Hint: a matching job is in the enqueued jobs");
    }
}
