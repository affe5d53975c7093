package dev.errand.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.errand.Errand;
import dev.errand.Job1;
import dev.errand.Job2;
import dev.errand.JobRecord;
import dev.errand.JobSpec;
import dev.errand.RawJob;
import dev.errand.Worker;
import dev.errand.WorkerConfig;
import dev.errand.backend.JobSet;
import dev.errand.backend.QueuedJob;
import dev.errand.backend.SortedEntry;
import dev.errand.wire.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkerTest {

    static final class Record implements Job2<String, Long> {
        private final ConcurrentLinkedQueue<List<Object>> calls;

        Record(ConcurrentLinkedQueue<List<Object>> calls) {
            this.calls = calls;
        }

        @Override
        public void perform(String name, Long count) {
            calls.add(List.of(name, count));
        }
    }

    static final class Explode implements Job1<String> {
        @Override
        public void perform(String kind) {
            if (kind.equals("error")) {
                throw new StackOverflowError("deep");
            }
            throw new IllegalArgumentException("bad " + kind);
        }
    }

    static final class Sum implements Job1<List<Long>> {
        private final ConcurrentLinkedQueue<List<Object>> calls;

        Sum(ConcurrentLinkedQueue<List<Object>> calls) {
            this.calls = calls;
        }

        @Override
        public void perform(List<Long> values) {
            long total = 0;
            for (Long value : values) {
                total += value;
            }
            calls.add(List.of(total));
        }
    }

    static final JobSpec<Record> RECORD = JobSpec.of(Record.class).build();
    static final JobSpec<Explode> EXPLODE = JobSpec.of(Explode.class).retry(1).build();

    private final ConcurrentLinkedQueue<List<Object>> calls = new ConcurrentLinkedQueue<>();
    private final Errand errand = Errand.inMemory();
    private Worker worker;

    private Worker start(WorkerConfig config) {
        worker =
                errand.worker(config)
                        .register(RECORD, () -> new Record(calls))
                        .register(EXPLODE, Explode::new)
                        .start();
        return worker;
    }

    private Worker start() {
        return start(WorkerConfig.builder().concurrency(4).timeout(Duration.ofSeconds(2)).build());
    }

    @AfterEach
    void stop() {
        if (worker != null) {
            worker.stop(Duration.ofSeconds(2));
        }
    }

    private void awaitFailures(long failures) {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(worker.stats().failed()).isEqualTo(failures));
    }

    @Test
    void start_runsEnqueuedJobsWithTheirArguments() {
        errand.enqueue(RECORD, "a", 1L);
        errand.enqueue(RECORD, "b", 9_007_199_254_740_993L);

        start();

        await().atMost(Duration.ofSeconds(10)).until(() -> calls.size() == 2);
        assertThat(calls)
                .containsExactlyInAnyOrder(List.of("a", 1L), List.of("b", 9_007_199_254_740_993L));
        await().untilAsserted(
                        () -> assertThat(errand.backend().inProgress(worker.identity())).isEmpty());
    }

    @Test
    void failingJob_goesToTheRetrySetWithTheError() {
        start();

        errand.enqueue(EXPLODE, "input");

        awaitFailures(1);
        SortedEntry entry = errand.backend().entries(JobSet.RETRY, 1).get(0);
        assertThat(Json.readObject(entry.payload()))
                .containsEntry("error_class", "java.lang.IllegalArgumentException")
                .containsEntry("error_message", "bad input");
    }

    @Test
    void jobThrowingAnError_isRetriedAndTheWorkerKeepsRunning() {
        start();

        errand.enqueue(EXPLODE, "error");
        awaitFailures(1);
        errand.enqueue(RECORD, "after", 2L);

        await().atMost(Duration.ofSeconds(10)).until(() -> calls.size() == 1);
        assertThat(Json.readObject(errand.backend().entries(JobSet.RETRY, 1).get(0).payload()))
                .containsEntry("error_class", "java.lang.StackOverflowError");
    }

    @Test
    void payloadThatIsNotJson_goesToTheDeadSetAsItWas() {
        start();

        errand.backend().push(List.of(new QueuedJob("default", "{not json")));

        awaitFailures(1);
        assertThat(errand.backend().entries(JobSet.DEAD, 1).get(0).payload())
                .isEqualTo("{not json");
    }

    @Test
    void payloadWithArgsOfTheWrongShape_goesToTheDeadSet() {
        start();

        errand.backend()
                .push(
                        List.of(
                                new QueuedJob(
                                        "default",
                                        "{\"class\":\"X\",\"args\":\"not a"
                                                + " list\",\"jid\":\"j1\"}")));

        awaitFailures(1);
        assertThat(errand.backend().size(JobSet.DEAD)).isEqualTo(1);
    }

    @Test
    void unknownClass_goesToTheRetrySetNamingTheClass() {
        start();

        errand.enqueueTo("default", "Nobody::Knows", List.of(1));

        awaitFailures(1);
        assertThat(Json.readObject(errand.backend().entries(JobSet.RETRY, 1).get(0).payload()))
                .containsEntry("error_class", UnknownJobException.class.getName())
                .extractingByKey("error_message")
                .asString()
                .contains("no job is registered for class \"Nobody::Knows\"");
    }

    @Test
    void argumentsOfTheWrongType_goToTheRetrySetNamingPositionAndTypes() {
        start();

        errand.enqueueArgs(JobSpec.named(Record.class.getName()).build(), List.of("a", "many"));

        awaitFailures(1);
        assertThat(Json.readObject(errand.backend().entries(JobSet.RETRY, 1).get(0).payload()))
                .extractingByKey("error_message")
                .asString()
                .contains(
                        "argument 1 of "
                                + Record.class.getName()
                                + " should be Long but the payload holds java.lang.String"
                                + " \"many\"");
    }

    @Test
    void retries_runAgainWhenDueAndDieAfterTheLimit() {
        List<JobRecord> deaths = new java.util.concurrent.CopyOnWriteArrayList<>();
        JobSpec<Explode> quick =
                JobSpec.of(Explode.class)
                        .className("Quick")
                        .retry(2)
                        .retryIn(executions -> Duration.ofMillis(10))
                        .build();
        worker =
                errand.worker(WorkerConfig.builder().pollInterval(Duration.ofMillis(20)).build())
                        .register(quick, Explode::new)
                        .onDeath((job, error) -> deaths.add(job))
                        .start();

        errand.enqueue(quick, "input");

        await().atMost(Duration.ofSeconds(10)).until(() -> deaths.size() == 1);
        assertThat(worker.stats().failed()).isEqualTo(3);
        assertThat(errand.backend().size(JobSet.DEAD)).isEqualTo(1);
        assertThat(deaths.get(0).retryCount()).contains(2);
    }

    @Test
    void scheduledJob_runsWhenDue() {
        start(WorkerConfig.builder().pollInterval(Duration.ofMillis(20)).build());

        errand.enqueueIn(RECORD, Duration.ofMillis(200), "later", 3L);

        assertThat(calls).isEmpty();
        await().atMost(Duration.ofSeconds(5)).until(() -> calls.size() == 1);
    }

    @Test
    void typedListArgument_receivesElementsOfTheDeclaredType() {
        JobSpec<Sum> sum = JobSpec.of(Sum.class).build();
        worker = errand.worker(WorkerConfig.defaults()).register(sum, () -> new Sum(calls)).start();

        errand.enqueue(sum, List.of(1L, 2L, 9_000_000_000L));

        await().atMost(Duration.ofSeconds(10)).until(() -> calls.size() == 1);
        assertThat(calls.peek()).isEqualTo(List.of(9_000_000_003L));
    }

    @Test
    void rawJob_receivesTheDecodedArguments() {
        ConcurrentLinkedQueue<List<Object>> raw = new ConcurrentLinkedQueue<>();
        JobSpec<RawJob> spec = JobSpec.named("HardJob").build();
        worker = errand.worker(WorkerConfig.defaults()).register(spec, () -> raw::add).start();

        errand.enqueueTo("default", "HardJob", List.of(1, "two", Map.of("k", List.of(3.5))));

        await().atMost(Duration.ofSeconds(10)).until(() -> raw.size() == 1);
        assertThat(raw.peek()).isEqualTo(List.of(1, "two", Map.of("k", List.of(3.5))));
    }

    @Test
    void strictQueues_serveTheFirstQueueBeforeTheNext() throws Exception {
        errand.with(RECORD).queue("low").enqueue("low", 1L);
        errand.with(RECORD).queue("high").enqueue("high", 1L);

        start(WorkerConfig.builder().concurrency(1).queues("high", "low").build());

        await().atMost(Duration.ofSeconds(10)).until(() -> calls.size() == 2);
        assertThat(calls.peek()).isEqualTo(List.of("high", 1L));
    }

    /** Starts a one-thread worker and waits until it runs a job that sleeps for a minute. */
    private void startWorkerRunningASlowJob() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        JobSpec<RawJob> slow = JobSpec.named("Slow").build();
        worker =
                errand.worker(WorkerConfig.builder().concurrency(1).build())
                        .register(
                                slow,
                                () ->
                                        args -> {
                                            started.countDown();
                                            Thread.sleep(60_000);
                                        })
                        .start();
        errand.enqueueArgs(slow, List.of());
        started.await();
    }

    @Test
    void stop_pushesUnfinishedJobsBackToTheirQueue() throws Exception {
        startWorkerRunningASlowJob();

        worker.stop(Duration.ofMillis(200));

        assertThat(errand.backend().queueSize("default")).isEqualTo(1);
        assertThat(errand.backend().inProgress(worker.identity())).isEmpty();
        assertThat(errand.backend().size(JobSet.RETRY)).isZero();
        assertThat(errand.backend().processes()).doesNotContain(worker.identity());
    }

    @Test
    void stop_calledTwiceAtOnce_pushesTheRunningJobBackOnlyOnce() throws Exception {
        startWorkerRunningASlowJob();

        // e.g. a stopOnShutdown() hook and a remote TERM from the Web UI at the same time.
        Thread other = new Thread(() -> worker.stop(Duration.ofMillis(300)));
        other.start();
        worker.stop(Duration.ofMillis(300));
        other.join();

        assertThat(errand.backend().queueSize("default")).isEqualTo(1);
    }

    @Test
    void start_afterStop_saysToMakeANewWorker() {
        start();
        worker.stop(Duration.ofSeconds(1));

        org.assertj.core.api.Assertions.assertThatThrownBy(worker::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has been stopped and cannot start again");
    }

    @Test
    void quiet_leavesNewJobsOnTheQueue() {
        start();
        worker.quiet();

        errand.enqueue(RECORD, "x", 1L);

        await().during(Duration.ofMillis(300))
                .atMost(Duration.ofSeconds(2))
                .until(() -> calls.isEmpty());
        assertThat(errand.backend().queueSize("default")).isEqualTo(1);
    }

    @Test
    void heartbeat_listsTheProcessWithItsInfo() {
        start();

        Map<String, String> record = errand.backend().processRecord(worker.identity());

        assertThat(errand.backend().processes()).contains(worker.identity());
        assertThat(record).containsEntry("quiet", "false").containsEntry("concurrency", "4");
        assertThat(Json.readObject(record.get("info")))
                .containsKeys("hostname", "started_at", "pid", "queues", "identity", "capsules");
    }

    @Test
    void serverMiddleware_wrapsEveryJob() {
        ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
        worker =
                errand.worker(WorkerConfig.defaults())
                        .register(RECORD, () -> new Record(calls))
                        .middleware(
                                (job, queue, next) -> {
                                    seen.add("before " + job.jid());
                                    next.proceed();
                                    seen.add("after");
                                })
                        .start();

        String jid = errand.enqueue(RECORD, "m", 1L);

        await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 2);
        assertThat(seen).containsExactly("before " + jid, "after");
    }
}
