package dev.errand.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.errand.Errand;
import dev.errand.Job1;
import dev.errand.JobSpec;
import dev.errand.Worker;
import dev.errand.WorkerConfig;
import dev.errand.backend.DeadSetLimits;
import dev.errand.backend.QueuedJob;
import dev.errand.backend.Recovery;
import dev.errand.backend.memory.InMemoryBackend;
import dev.errand.support.HandMovedClock;
import dev.errand.wire.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Delivery promises under stress: interrupts, crashes during an idle wait, quiet. */
class DeliveryTest {

    static final ConcurrentLinkedQueue<String> RAN = new ConcurrentLinkedQueue<>();
    static final AtomicReference<Recovery> RECOVERY = new AtomicReference<>();
    static volatile Runnable onPoison = () -> {};

    /** Records its name; "interrupt" restores an interrupt as a polite job does; "sleep" sleeps. */
    static final class Step implements Job1<String> {
        @Override
        public void perform(String name) throws Exception {
            if (name.startsWith("sleep")) {
                Thread.sleep(20);
            }
            if (name.equals("interrupt")) {
                Thread.currentThread().interrupt();
            }
            if (name.equals("poison")) {
                onPoison.run();
            }
            if (name.equals("slow")) {
                Thread.sleep(2500);
            }
            RAN.add(name);
        }
    }

    static final JobSpec<Step> STEP = JobSpec.of(Step.class).build();

    private Worker worker;

    @AfterEach
    void stopWorker() {
        onPoison = () -> {};
        RAN.clear();
        RECOVERY.set(null);
        if (worker != null) {
            worker.stop(Duration.ofSeconds(2));
        }
    }

    /**
     * A job that restores its thread's interrupt flag (the usual idiom after catching
     * InterruptedException) ends its processor thread: the next buffer poll throws and processLoop
     * returns. With concurrency 1 the remaining jobs sit in the local buffer for ever while the
     * heartbeat keeps the process alive.
     */
    @Test
    void interruptRestoringJob_doesNotStopTheProcessorThread() {
        Errand errand = Errand.inMemory();
        errand.enqueue(STEP, "interrupt");
        for (int i = 0; i < 5; i++) {
            errand.enqueue(STEP, "after-" + i);
        }

        worker =
                errand.worker(WorkerConfig.builder().concurrency(1).build())
                        .register(STEP, Step::new)
                        .start();

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(
                        () ->
                                assertThat(RAN)
                                        .as("jobs run after a job that left its thread interrupted")
                                        .contains(
                                                "after-0", "after-1", "after-2", "after-3",
                                                "after-4"));
    }

    /**
     * The crash window assumes at most about one concurrency's worth of finished jobs wait for
     * their acknowledgement. But acknowledgements only travel with the next fetch, and a fetch on
     * empty queues blocks for up to a second: every job finished meanwhile stays in progress and is
     * older than the one running. A crash at that moment blames the finished jobs, not the running
     * one.
     */
    @Test
    void crashWhileFetchBlocks_blamesTheRunningJob() {
        HandMovedClock clock = new HandMovedClock(Instant.now());
        InMemoryBackend store = new InMemoryBackend(clock);
        Errand errand = Errand.builder().backend(store).build();
        for (int i = 0; i < 10; i++) {
            errand.enqueue(STEP, "sleep-" + i);
        }
        errand.enqueue(STEP, "poison");
        onPoison =
                () -> {
                    // kill -9 now: the process record expires and another process recovers.
                    clock.advance(Duration.ofHours(2));
                    RECOVERY.set(
                            store.recoverOrphans(
                                    1,
                                    clock.instant().getEpochSecond(),
                                    DeadSetLimits.SIDEKIQ_DEFAULTS));
                };

        worker =
                errand.worker(WorkerConfig.builder().concurrency(1).build())
                        .register(STEP, Step::new)
                        .start();
        await().atMost(Duration.ofSeconds(5)).until(() -> RECOVERY.get() != null);

        Recovery recovery = RECOVERY.get();
        assertThat(recovery.requeued().size() + recovery.killed().size())
                .as("the worker's in-progress jobs were recovered")
                .isPositive();
        assertThat(recovery.killed().stream().map(DeliveryTest::argument).toList())
                .as("jobs blamed for the crash (maxCrashes 1, concurrency 1)")
                .contains("poison");
    }

    /**
     * With several queues, each in-progress list gets its own window of twice the concurrency, so
     * jobs buffered behind the running one on another queue are blamed as if running.
     */
    @Test
    void jobFinishedAfterQuiet_isAcknowledged() {
        InMemoryBackend store = new InMemoryBackend();
        Errand errand = Errand.builder().backend(store).build();
        errand.enqueue(STEP, "slow");
        worker =
                errand.worker(WorkerConfig.builder().concurrency(1).build())
                        .register(STEP, Step::new)
                        .start();
        await().atMost(Duration.ofSeconds(5))
                .until(() -> worker.inFlight() == 1 && store.queueSize("default") == 0);

        worker.quiet();
        await().atMost(Duration.ofSeconds(5)).until(() -> RAN.contains("slow"));

        await().atMost(Duration.ofSeconds(3))
                .untilAsserted(
                        () ->
                                assertThat(store.inProgress(worker.identity()))
                                        .as(
                                                "in-progress jobs of the quiet worker, 'slow'"
                                                        + " having finished")
                                        .isEmpty());
    }

    private static String argument(QueuedJob job) {
        Object args = Json.readObject(job.payload()).get("args");
        return String.valueOf(((List<?>) args).get(0));
    }
}
