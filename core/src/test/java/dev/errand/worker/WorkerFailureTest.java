package dev.errand.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.errand.Errand;
import dev.errand.Job1;
import dev.errand.JobSpec;
import dev.errand.PoisonPillException;
import dev.errand.Worker;
import dev.errand.WorkerConfig;
import dev.errand.backend.Backend;
import dev.errand.backend.BackendException;
import dev.errand.backend.JobSet;
import dev.errand.backend.ProcessBeat;
import dev.errand.backend.memory.InMemoryBackend;
import dev.errand.wire.Json;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The worker when writes fail and when processes die under a job. */
class WorkerFailureTest {

    static final class Fail implements Job1<String> {
        @Override
        public void perform(String what) {
            throw new IllegalStateException("failed " + what);
        }
    }

    static final JobSpec<Fail> FAIL = JobSpec.of(Fail.class).retry(3).build();

    private final InMemoryBackend store = new InMemoryBackend();
    private final AtomicBoolean setsDown = new AtomicBoolean();
    private final AtomicInteger refusedWrites = new AtomicInteger();
    private Worker worker;

    @AfterEach
    void stop() {
        if (worker != null) {
            worker.stop(Duration.ofSeconds(2));
        }
    }

    /** The in-memory store, except that writes to the retry and dead sets fail while down. */
    private Backend flakyBackend() {
        Set<String> refused = Set.of("add", "kill");
        return (Backend)
                Proxy.newProxyInstance(
                        Backend.class.getClassLoader(),
                        new Class<?>[] {Backend.class},
                        (proxy, method, args) -> {
                            if (setsDown.get() && refused.contains(method.getName())) {
                                refusedWrites.incrementAndGet();
                                throw new BackendException(
                                        "Redis " + method.getName() + " failed: connection reset",
                                        null);
                            }
                            try {
                                return method.invoke(store, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
    }

    @Test
    void failureThatCannotBeWritten_leavesTheJobQueuedUntilItCanBe() {
        Errand errand = Errand.builder().backend(flakyBackend()).build();
        setsDown.set(true);
        errand.enqueue(FAIL, "once");
        worker =
                errand.worker(WorkerConfig.builder().concurrency(2).build())
                        .register(FAIL, Fail::new)
                        .start();

        await().atMost(Duration.ofSeconds(10)).until(() -> refusedWrites.get() >= 2);
        setsDown.set(false);

        await().atMost(Duration.ofSeconds(10)).until(() -> store.size(JobSet.RETRY) == 1);
        assertThat(Json.readObject(store.entries(JobSet.RETRY, 1).get(0).payload()))
                .as("the job, with its failure written once the retry set could be written")
                .containsEntry("error_message", "failed once")
                .containsEntry("retry_count", 0);
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(store.inProgress(worker.identity())).isEmpty());
        assertThat(store.queueSize("default")).isZero();
        assertThat(worker.isRunning()).isTrue();
    }

    @Test
    void jobInProgressInTooManyDeadProcesses_goesToTheDeadSetAsAPoisonPill() {
        Errand errand = Errand.builder().backend(store).build();
        String jid = errand.enqueue(FAIL, "never runs");
        String dead = "host:1:000000000000";
        store.heartbeat(
                new ProcessBeat(
                        dead, "{}", 1, 1, 0, false, 0, 0, Map.of(), 0, 0, LocalDate.now(), 1));
        store.fetch(dead, List.of("default"), 1, Duration.ZERO, List.of());

        worker =
                errand.worker(
                                WorkerConfig.builder()
                                        .maxCrashes(1)
                                        .heartbeatTimeout(Duration.ofSeconds(1))
                                        .build())
                        .register(FAIL, Fail::new)
                        .start();

        await().atMost(Duration.ofSeconds(10)).until(() -> store.size(JobSet.DEAD) == 1);
        assertThat(Json.readObject(store.entries(JobSet.DEAD, 1).get(0).payload()))
                .containsEntry("jid", jid)
                .containsEntry("error_class", PoisonPillException.class.getName())
                .containsEntry("error_message", PoisonPillException.message(1));
        assertThat(store.size(JobSet.RETRY)).as("the job never ran").isZero();
        assertThat(store.queueSize("default")).isZero();
    }
}
