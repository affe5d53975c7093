package dev.errand.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.errand.testing.TestJobs.Child;
import dev.errand.testing.TestJobs.Forever;
import dev.errand.testing.TestJobs.Greet;
import dev.errand.testing.TestJobs.Notify;
import dev.errand.testing.TestJobs.Parent;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** ActiveJob's perform_enqueued_jobs, with and without a block. */
class PerformEnqueuedJobsTest {
    private final ErrandHarness harness = ErrandHarness.create();
    private final TestJobs jobs = new TestJobs(harness);

    @Test
    void performEnqueuedJobs_movesCurrentJobsToPerformed() {
        harness.enqueue(Greet.SPEC, 1L);
        harness.enqueue(Greet.SPEC, 2L);

        int count = harness.performEnqueuedJobs();

        assertThat(count).isEqualTo(2);
        assertThat(jobs.log).containsExactly("greet 1", "greet 2");
        assertThat(harness.enqueuedJobs()).isEmpty();
        assertThat(harness.performedJobs())
                .extracting(EnqueuedJob::args)
                .containsExactly(java.util.List.of(1), java.util.List.of(2));
    }

    @Test
    void performEnqueuedJobs_neverPerformsAJobTwice() {
        harness.enqueue(Greet.SPEC, 1L);
        harness.performEnqueuedJobs();

        int second = harness.performEnqueuedJobs();

        assertThat(second).isZero();
        assertThat(jobs.log).containsExactly("greet 1");
        assertThat(harness.performedJobs()).hasSize(1);
    }

    @Test
    void performEnqueuedJobs_leavesJobsEnqueuedDuringTheFlushEnqueued() {
        harness.enqueue(Parent.SPEC, 7L);

        int count = harness.performEnqueuedJobs();

        assertThat(count).isEqualTo(1);
        assertThat(jobs.log).containsExactly("parent 7");
        assertThat(harness.jobs(Child.SPEC)).hasSize(1);
    }

    @Test
    void performEnqueuedJobs_withFilter_keepsFilteredOutJobsEnqueued() {
        harness.enqueue(Greet.SPEC, 1L);
        harness.enqueue(Notify.SPEC, 2L, "hi");

        int count = harness.performEnqueuedJobs(JobFilter.only(Greet.SPEC));

        assertThat(count).isEqualTo(1);
        assertThat(jobs.log).containsExactly("greet 1");
        assertThat(harness.enqueuedJobs())
                .extracting(EnqueuedJob::className)
                .containsExactly(Notify.class.getName());
    }

    @Test
    void performEnqueuedJobs_withAtFilter_runsOnlyJobsDueByThatTime() {
        harness.enqueueIn(Greet.SPEC, Duration.ofMinutes(5), 1L);
        harness.enqueueIn(Greet.SPEC, Duration.ofHours(5), 2L);
        harness.enqueue(Greet.SPEC, 3L);

        harness.performEnqueuedJobs(JobFilter.at(harness.clock().instant().plusSeconds(600)));

        assertThat(jobs.log).containsExactly("greet 1", "greet 3");
        assertThat(harness.enqueuedJobs()).hasSize(1);
    }

    @Test
    void performEnqueuedJobs_withoutAtFilter_runsScheduledJobsRegardlessOfTime() {
        harness.enqueueIn(Greet.SPEC, Duration.ofDays(3), 1L);

        harness.performEnqueuedJobs();

        assertThat(jobs.log).containsExactly("greet 1");
    }

    @Test
    void performEnqueuedJobs_block_runsJobsEnqueuedInsideAndTheirChildren() {
        harness.performEnqueuedJobs(() -> harness.enqueue(Parent.SPEC, 3L));

        assertThat(jobs.log).containsExactly("parent 3", "child 3", "greet 3");
        assertThat(harness.enqueuedJobs()).isEmpty();
        assertThat(harness.performedJobs()).hasSize(3);
    }

    @Test
    void performEnqueuedJobs_blockWithValue_returnsTheBlocksValue() {
        String jid = harness.performEnqueuedJobs(() -> harness.enqueue(Greet.SPEC, 1L));

        assertThat(harness.performedJobs()).extracting(EnqueuedJob::jid).containsExactly(jid);
    }

    @Test
    void performEnqueuedJobs_withoutBlockInsideABlock_runsTheChildrenAsActiveJobDoes() {
        harness.enqueue(Parent.SPEC, 1L);

        int flushed = harness.performEnqueuedJobs(() -> harness.performEnqueuedJobs());

        assertThat(flushed).isEqualTo(1);
        assertThat(jobs.log).containsExactly("parent 1", "child 1", "greet 1");
        assertThat(harness.enqueuedJobs()).isEmpty();
    }

    @Test
    void performEnqueuedJobs_block_selfEnqueueingJob_stopsAtTheDrainLimitWithAClearMessage() {
        ErrandHarness limited = ErrandHarness.builder().drainLimit(50).build();
        TestJobs limitedJobs = new TestJobs(limited);

        assertThatThrownBy(() -> limited.performEnqueuedJobs(() -> limited.enqueue(Forever.SPEC)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the perform block has run 50 jobs inline")
                .hasMessageContaining("enqueues itself")
                .hasMessageContaining("drainLimit(n)");

        assertThat(limitedJobs.log).hasSize(50);
        assertThat(limited.failures()).as("the stop is no job's failure").isEmpty();
        assertThat(limited.mode()).isEqualTo(Mode.RECORD);
    }

    @Test
    void performEnqueuedJobs_leavesEarlierJobsAlone() {
        harness.enqueue(Greet.SPEC, 1L);

        harness.performEnqueuedJobs(() -> harness.enqueue(Greet.SPEC, 2L));

        assertThat(jobs.log).containsExactly("greet 2");
        assertThat(harness.enqueuedJobs())
                .extracting(EnqueuedJob::args)
                .containsExactly(java.util.List.of(1));
    }

    @Test
    void performEnqueuedJobs_blockWithOnly_keepsFilteredOutJobsEnqueued() {
        harness.performEnqueuedJobs(
                JobFilter.only(Parent.SPEC, Child.SPEC), () -> harness.enqueue(Parent.SPEC, 4L));

        assertThat(jobs.log).containsExactly("parent 4", "child 4");
        assertThat(harness.jobs(Greet.SPEC))
                .singleElement()
                .extracting(EnqueuedJob::args)
                .isEqualTo(java.util.List.of(4));
    }

    @Test
    void performEnqueuedJobs_blockWithExcept_keepsExceptedJobsEnqueued() {
        harness.performEnqueuedJobs(
                JobFilter.except(Child.SPEC), () -> harness.enqueue(Parent.SPEC, 5L));

        assertThat(jobs.log).containsExactly("parent 5");
        assertThat(harness.jobs(Child.SPEC)).hasSize(1);
    }

    @Test
    void performEnqueuedJobs_nestedBlocks_restoreOuterSettings() {
        harness.performEnqueuedJobs(
                JobFilter.only(Greet.SPEC),
                () -> {
                    harness.performEnqueuedJobs(
                            JobFilter.only(Notify.SPEC), () -> harness.enqueue(Greet.SPEC, 1L));
                    harness.enqueue(Greet.SPEC, 2L);
                    harness.enqueue(Notify.SPEC, 3L, "x");
                });

        assertThat(jobs.log).containsExactly("greet 2");
        assertThat(harness.enqueuedJobs())
                .extracting(EnqueuedJob::className)
                .containsExactly(Greet.class.getName(), Notify.class.getName());
        assertThat(harness.mode()).isEqualTo(Mode.RECORD);
    }

    @Test
    void performEnqueuedJobs_block_propagatesTheBlocksExceptionAndRestoresMode() {
        RuntimeException boom = new IllegalArgumentException("boom");

        assertThatThrownBy(
                        () ->
                                harness.performEnqueuedJobs(
                                        () -> {
                                            throw boom;
                                        }))
                .isSameAs(boom);

        assertThat(harness.mode()).isEqualTo(Mode.RECORD);
    }

    @Test
    void performEnqueuedJobs_withOnlyAndExcept_isRejected() {
        assertThatThrownBy(() -> JobFilter.only(Greet.SPEC).and(JobFilter.except(Child.SPEC)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only and except cannot be combined");
    }

    @Test
    void performEnqueuedJobs_unregisteredJob_failsAndStaysEnqueued() {
        ErrandHarness bare = ErrandHarness.create();
        bare.enqueue(Greet.SPEC, 1L);

        assertThatThrownBy(bare::performEnqueuedJobs)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("harness.register");

        assertThat(bare.enqueuedJobs()).hasSize(1);
        assertThat(bare.performedJobs()).isEmpty();
    }
}
