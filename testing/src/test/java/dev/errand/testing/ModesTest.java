package dev.errand.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.errand.Errand;
import dev.errand.backend.memory.InMemoryBackend;
import dev.errand.testing.TestJobs.Forever;
import dev.errand.testing.TestJobs.Greet;
import dev.errand.testing.TestJobs.Parent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Record, inline and real modes, scoped to a harness or a block. */
class ModesTest {

    @Test
    void record_recordsWithoutRunning() {
        ErrandHarness harness = ErrandHarness.create();
        TestJobs jobs = new TestJobs(harness);

        harness.enqueue(Greet.SPEC, 1L);

        assertThat(harness.mode()).isEqualTo(Mode.RECORD);
        assertThat(jobs.log).isEmpty();
        assertThat(harness.jobs()).hasSize(1);
    }

    @Test
    void inline_runsJobsAndTheirChildrenAtOnce() {
        ErrandHarness harness = ErrandHarness.builder().mode(Mode.INLINE).build();
        TestJobs jobs = new TestJobs(harness);

        harness.enqueue(Parent.SPEC, 1L);

        assertThat(jobs.log).containsExactly("parent 1", "child 1", "greet 1");
        assertThat(harness.jobs()).isEmpty();
        assertThat(harness.performedJobs()).hasSize(3);
    }

    @Test
    void inline_selfEnqueueingJob_stopsAtTheDepthLimitInsteadOfOverflowingTheStack() {
        ErrandHarness harness = ErrandHarness.builder().mode(Mode.INLINE).build();
        TestJobs jobs = new TestJobs(harness);

        assertThatThrownBy(() -> harness.enqueue(Forever.SPEC))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nested " + ErrandHarness.INLINE_DEPTH_LIMIT + " deep")
                .hasMessageContaining("enqueues itself");

        assertThat(jobs.log).hasSize(ErrandHarness.INLINE_DEPTH_LIMIT);
        assertThat(harness.failures()).isEmpty();
    }

    @Test
    void inline_block_alsoRunsJobsPushedByOtherThreads() throws Exception {
        ErrandHarness harness = ErrandHarness.create();
        TestJobs jobs = new TestJobs(harness);

        harness.inline(
                () -> {
                    Thread other = new Thread(() -> harness.enqueue(Greet.SPEC, 1L));
                    other.start();
                    other.join();
                });

        assertThat(jobs.log)
                .as("scopes belong to the harness, not to the thread that opened them")
                .containsExactly("greet 1");
        assertThat(harness.jobs()).isEmpty();
        assertThat(harness.mode()).isEqualTo(Mode.RECORD);
    }

    @Test
    void reset_closesScopesForgetsJobsAndRewindsTheClock() {
        ErrandHarness harness = ErrandHarness.create();
        new TestJobs(harness);
        harness.enqueue(Greet.SPEC, 1L);
        ModeScope inline = harness.withMode(Mode.INLINE);
        harness.enqueue(Greet.SPEC, 2L);
        harness.advance(Duration.ofHours(1));

        harness.reset();

        assertThat(harness.mode()).isEqualTo(Mode.RECORD);
        assertThat(harness.jobs()).isEmpty();
        assertThat(harness.performedJobs()).isEmpty();
        assertThat(harness.clock().instant()).isEqualTo(TestClock.DEFAULT_START);
        inline.close();
        harness.enqueue(Greet.SPEC, 3L);
        assertThat(harness.jobs()).hasSize(1);
    }

    @Test
    void withMode_scopesNestAndRestore() {
        ErrandHarness harness = ErrandHarness.create();
        TestJobs jobs = new TestJobs(harness);

        try (ModeScope inline = harness.withMode(Mode.INLINE)) {
            harness.enqueue(Greet.SPEC, 1L);
            harness.record(() -> harness.enqueue(Greet.SPEC, 2L));
            harness.enqueue(Greet.SPEC, 3L);
        }
        harness.enqueue(Greet.SPEC, 4L);

        assertThat(jobs.log).containsExactly("greet 1", "greet 3");
        assertThat(harness.jobs())
                .extracting(EnqueuedJob::args)
                .containsExactly(List.of(2), List.of(4));
        assertThat(harness.mode()).isEqualTo(Mode.RECORD);
    }

    @Test
    void withMode_closingOutOfOrder_isRejected() {
        ErrandHarness harness = ErrandHarness.create();
        ModeScope outer = harness.withMode(Mode.INLINE);
        ModeScope inner = harness.withMode(Mode.RECORD);

        assertThatThrownBy(outer::close)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inner scope is still open");

        inner.close();
        outer.close();
        assertThat(harness.mode()).isEqualTo(Mode.RECORD);
    }

    @Test
    void real_sendsJobsToTheRealClientAndRecordsNothing() {
        InMemoryBackend backend = new InMemoryBackend();
        ErrandHarness harness =
                ErrandHarness.create().realClient(Errand.builder().backend(backend).build());

        harness.real(() -> harness.enqueue(Greet.SPEC, 1L));

        assertThat(backend.queueSize("mail")).isEqualTo(1);
        assertThat(harness.jobs()).isEmpty();
    }

    @Test
    void real_withoutRealClient_failsFast() {
        ErrandHarness harness = ErrandHarness.create();

        assertThatThrownBy(() -> harness.withMode(Mode.REAL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("realClient");
    }

    @Test
    void harnesses_inParallelThreads_stayIndependent() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<int[]>> results = new ArrayList<>();

        for (int t = 0; t < threads; t++) {
            int n = t + 1;
            Mode mode = n % 2 == 0 ? Mode.INLINE : Mode.RECORD;
            results.add(
                    pool.submit(
                            () -> {
                                ErrandHarness harness = ErrandHarness.builder().mode(mode).build();
                                TestJobs jobs = new TestJobs(harness);
                                start.await();
                                for (int i = 0; i < n * 10; i++) {
                                    harness.enqueue(Greet.SPEC, (long) i);
                                }
                                return new int[] {harness.jobs().size(), jobs.log.size()};
                            }));
        }
        start.countDown();

        for (int t = 0; t < threads; t++) {
            int n = t + 1;
            int[] counts = results.get(t).get(10, TimeUnit.SECONDS);
            assertThat(counts).containsExactly(n % 2 == 0 ? 0 : n * 10, n % 2 == 0 ? n * 10 : 0);
        }
        pool.shutdown();
    }
}
