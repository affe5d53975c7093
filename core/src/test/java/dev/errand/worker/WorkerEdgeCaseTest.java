package dev.errand.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.errand.Backoff;
import dev.errand.Errand;
import dev.errand.JobSpec;
import dev.errand.RawJob;
import dev.errand.Worker;
import dev.errand.WorkerConfig;
import dev.errand.backend.JobSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Review evidence: worker robustness and lifecycle, on the in-memory backend. */
class WorkerEdgeCaseTest {

    static final class SecretiveException extends RuntimeException {
        @Override
        public String getMessage() {
            throw new IllegalStateException("message unavailable");
        }
    }

    private final Errand errand = Errand.inMemory();
    private final AtomicInteger goodRuns = new AtomicInteger();
    private Worker worker;

    @AfterEach
    void stop() {
        if (worker != null) {
            worker.stop(Duration.ofMillis(500));
        }
    }

    @Test
    void exceptionWhoseGetMessageThrows_isRetriedAndTheProcessorKeepsRunning() {
        JobSpec<RawJob> bad = JobSpec.named("Bad").build();
        JobSpec<RawJob> good = JobSpec.named("Good").build();
        worker =
                errand.worker(WorkerConfig.builder().concurrency(1).build())
                        .register(
                                bad,
                                () ->
                                        args -> {
                                            throw new SecretiveException();
                                        })
                        .register(good, () -> args -> goodRuns.incrementAndGet())
                        .start();

        errand.enqueueArgs(bad, List.of());
        await().atMost(Duration.ofSeconds(5)).until(() -> errand.backend().size(JobSet.RETRY) == 1);
        errand.enqueueArgs(good, List.of());

        // Processor.fail logs error.getMessage() unguarded (Processor.java:127); the exception
        // escapes process(), Launcher.processLoop has no catch, and the only processor dies.
        await().atMost(Duration.ofSeconds(5)).until(() -> goodRuns.get() == 1);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> errand.backend().inProgress(worker.identity()).isEmpty());
    }

    @Test
    void retrierFailure_neitherLosesTheJobNorKillsTheProcessor() {
        JobSpec<RawJob> bad = JobSpec.named("BadBackoff").retryIn(Backoff.of(n -> null)).build();
        JobSpec<RawJob> good = JobSpec.named("Good").build();
        worker =
                errand.worker(WorkerConfig.builder().concurrency(1).build())
                        .register(
                                bad,
                                () ->
                                        args -> {
                                            throw new IllegalStateException("boom");
                                        })
                        .register(good, () -> args -> goodRuns.incrementAndGet())
                        .start();

        errand.enqueueArgs(bad, List.of());
        errand.enqueueArgs(good, List.of());

        await().atMost(Duration.ofSeconds(5)).until(() -> goodRuns.get() == 1);
        assertThat(errand.backend().size(JobSet.RETRY) + errand.backend().size(JobSet.DEAD))
                .isEqualTo(1);
    }
}
