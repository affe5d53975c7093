package dev.errand.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.errand.testing.TestJobs.Child;
import dev.errand.testing.TestJobs.Countdown;
import dev.errand.testing.TestJobs.Forever;
import dev.errand.testing.TestJobs.Greet;
import dev.errand.testing.TestJobs.Notify;
import dev.errand.testing.TestJobs.Parent;
import dev.errand.testing.TestJobs.Ruby;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Sidekiq's testing API: jobs by class and queue, drain, perform_one, clear. */
class SidekiqApiTest {
    private final ErrandHarness harness = ErrandHarness.create();
    private final TestJobs jobs = new TestJobs(harness);

    @Test
    void jobs_groupsByClassAndByQueue() {
        harness.enqueue(Greet.SPEC, 1L);
        harness.enqueue(Notify.SPEC, 2L, "x");
        harness.enqueueTo("ruby", "HardWorker", List.of("a", 1));

        assertThat(harness.jobs()).hasSize(3);
        assertThat(harness.jobs(Greet.SPEC)).hasSize(1);
        assertThat(harness.jobs(Notify.class)).hasSize(1);
        assertThat(harness.jobsOn("ruby"))
                .extracting(EnqueuedJob::className)
                .containsExactly("HardWorker");
        assertThat(harness.jobsByClass())
                .containsOnlyKeys(Greet.class.getName(), Notify.class.getName(), "HardWorker");
        assertThat(harness.jobsByQueue()).containsOnlyKeys("mail", "default", "ruby");
    }

    @Test
    void drain_runsTheClassesJobsIncludingScheduledAndNewOnes() {
        harness.enqueueIn(Greet.SPEC, Duration.ofDays(1), 1L);
        harness.enqueue(Child.SPEC, 2L);

        int ran = harness.drain(Greet.SPEC);

        assertThat(ran).isEqualTo(1);
        assertThat(jobs.log).containsExactly("greet 1");
        assertThat(harness.jobs(Child.SPEC)).hasSize(1);
    }

    @Test
    void drain_runsJobsOfTheClassEnqueuedDuringTheDrain() {
        harness.enqueue(Countdown.SPEC, 2L);

        int ran = harness.drain(Countdown.SPEC);

        assertThat(ran).isEqualTo(3);
        assertThat(jobs.log).containsExactly("countdown 2", "countdown 1", "countdown 0");
        assertThat(harness.jobs()).isEmpty();
    }

    @Test
    void drainAll_runsEveryClassUntilEmpty() {
        harness.enqueue(Parent.SPEC, 1L);
        harness.enqueueTo("ruby", "HardWorker", List.of("a"));

        int ran = harness.drainAll();

        assertThat(ran).isEqualTo(4);
        assertThat(jobs.log).containsExactly("parent 1", "ruby [a]", "child 1", "greet 1");
        assertThat(harness.jobs()).isEmpty();
    }

    @Test
    void drainAll_withSelfEnqueueingJob_stopsAtTheLimit() {
        ErrandHarness limited = ErrandHarness.builder().drainLimit(50).build();
        new TestJobs(limited);
        limited.enqueue(Forever.SPEC);

        assertThatThrownBy(limited::drainAll)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stopped after 50 jobs")
                .hasMessageContaining("enqueues itself");
    }

    @Test
    void performOne_runsTheOldestJobOfTheClass() {
        harness.enqueue(Greet.SPEC, 1L);
        harness.enqueue(Greet.SPEC, 2L);

        EnqueuedJob ran = harness.performOne(Greet.SPEC);

        assertThat(ran.args()).containsExactly(1);
        assertThat(jobs.log).containsExactly("greet 1");
        assertThat(harness.jobs(Greet.SPEC)).hasSize(1);
    }

    @Test
    void performOne_whenEmpty_throwsNoSuchElement() {
        harness.enqueue(Notify.SPEC, 1L, "x");

        assertThatThrownBy(() -> harness.performOne(Greet.SPEC))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("no " + Greet.class.getName() + " job is enqueued")
                .hasMessageContaining(Notify.class.getName());
    }

    @Test
    void clear_dropsJobsByClassQueueOrAll() {
        harness.enqueue(Greet.SPEC, 1L);
        harness.enqueue(Notify.SPEC, 1L, "x");
        harness.enqueueTo("ruby", "HardWorker", List.of());

        harness.clear(Greet.SPEC);
        harness.clearQueue("ruby");

        assertThat(harness.jobs())
                .extracting(EnqueuedJob::className)
                .containsExactly(Notify.class.getName());
        harness.clear();
        assertThat(harness.jobs()).isEmpty();
        assertThat(Ruby.SPEC.queueFor(List.of())).isEqualTo("ruby");
    }
}
