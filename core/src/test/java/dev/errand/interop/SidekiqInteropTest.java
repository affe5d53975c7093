package dev.errand.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.errand.Errand;
import dev.errand.Job1;
import dev.errand.JobSpec;
import dev.errand.RawJob;
import dev.errand.Worker;
import dev.errand.WorkerConfig;
import dev.errand.backend.redis.RedisBackend;
import dev.errand.backend.redis.TestRedis;
import dev.errand.wire.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Errand against the real thing: Sidekiq 6.4.1 (Debian's ruby-sidekiq) on the same Redis database.
 * Ruby pushes and Errand runs; Errand pushes and Ruby runs; and Sidekiq's Ruby API reads what the
 * Errand worker wrote.
 */
class SidekiqInteropTest {

    static final class Fails implements Job1<String> {
        @Override
        public void perform(String reason) {
            throw new IllegalStateException(reason);
        }
    }

    private static TestRedis redis;
    private Errand errand;
    private Worker worker;

    @BeforeAll
    static void requireRuby() {
        Ruby.requireSidekiq();
        redis = TestRedis.database(14);
    }

    @BeforeEach
    void connect() {
        redis.flush();
        errand = Errand.builder().backend(RedisBackend.fromUrl(redis.url())).build();
    }

    @AfterEach
    void disconnect() {
        if (worker != null) {
            worker.stop(Duration.ofSeconds(2));
        }
        errand.close();
    }

    @Test
    void rubyPushedJobs_runOnTheErrandWorkerWithTheirArguments() throws Exception {
        ConcurrentLinkedQueue<List<Object>> ran = new ConcurrentLinkedQueue<>();
        JobSpec<RawJob> hardJob = JobSpec.named("HardJob").build();
        worker =
                errand.worker(
                                WorkerConfig.builder()
                                        .queues("default", "low")
                                        .pollInterval(Duration.ofMillis(100))
                                        .build())
                        .register(hardJob, () -> ran::add)
                        .start();

        Ruby.run("push_jobs.rb", redis.url());

        await().atMost(Duration.ofSeconds(20)).until(() -> ran.size() == 3);
        assertThat(ran)
                .containsExactlyInAnyOrder(
                        List.of(
                                1,
                                "two",
                                Map.of("k", java.util.Arrays.asList(3.5, null, true)),
                                9_007_199_254_740_993L),
                        List.of("later"),
                        List.of("low"));
    }

    @Test
    void errandPushedJobs_runOnARubySidekiqWorker() throws Exception {
        JobSpec<RawJob> rubyJob = JobSpec.named("RubyJob").build();
        errand.enqueueArgs(rubyJob, List.of(1, "two", Map.of("k", List.of(3.5, true))));
        errand.enqueueAllArgs(rubyJob, List.of(List.of("bulk", 1), List.of("bulk", 2)));
        errand.with(rubyJob).in(Duration.ofSeconds(1)).enqueue("scheduled");
        errand.enqueueTo("default", "RubyJob", List.of("by name"));
        Path log = Files.createTempFile("sidekiq-", ".log");

        Process sidekiq = Ruby.startSidekiq("ruby_worker.rb", redis.url(), log);
        try {
            await().atMost(Duration.ofSeconds(45))
                    .until(() -> redis.jedis().llen("interop:ran") == 5);
        } finally {
            sidekiq.destroy();
            sidekiq.waitFor(10, TimeUnit.SECONDS);
        }

        List<Object> ran =
                redis.jedis().lrange("interop:ran", 0, -1).stream()
                        .map(
                                json ->
                                        (Object)
                                                Json.mapper()
                                                        .convertValue(readArray(json), List.class))
                        .toList();
        assertThat(ran)
                .containsExactlyInAnyOrder(
                        List.of(1, "two", Map.of("k", List.of(3.5, true))),
                        List.of("bulk", 1),
                        List.of("bulk", 2),
                        List.of("scheduled"),
                        List.of("by name"));
    }

    @Test
    void rubyApi_readsTheErrandProcessItsStatsAndItsSets() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        JobSpec<RawJob> blocker = JobSpec.named("Blocker").build();
        JobSpec<RawJob> succeeds = JobSpec.named("Succeeds").build();
        JobSpec<Fails> retried = JobSpec.of(Fails.class).className("Retried").build();
        JobSpec<Fails> dies = JobSpec.of(Fails.class).className("Dies").retry(0).build();
        worker =
                errand.worker(WorkerConfig.builder().concurrency(3).tag("interop").build())
                        .register(
                                blocker,
                                () ->
                                        args -> {
                                            running.countDown();
                                            release.await(30, TimeUnit.SECONDS);
                                        })
                        .register(succeeds, () -> args -> {})
                        .register(retried, Fails::new)
                        .register(dies, Fails::new)
                        .start();
        errand.enqueueAllArgs(succeeds, List.of(List.of(1), List.of(2), List.of(3)));
        errand.enqueue(retried, "card declined");
        errand.enqueue(dies, "gone for good");
        await().atMost(Duration.ofSeconds(10)).until(() -> worker.stats().processed() == 5);
        errand.enqueueArgs(blocker, List.of());
        running.await(10, TimeUnit.SECONDS);

        Map<String, Object> api = awaitApi(state -> !((List<?>) state.get("workers")).isEmpty());
        release.countDown();

        assertThat(api).containsEntry("retry_size", 1).containsEntry("dead_size", 1);
        assertThat(((Number) api.get("processed")).longValue()).isGreaterThanOrEqualTo(5);
        assertThat(((Number) api.get("failed")).longValue()).isEqualTo(2);
        List<Map<String, Object>> processes = list(api, "processes");
        assertThat(processes)
                .singleElement()
                .satisfies(
                        process -> {
                            assertThat(process)
                                    .containsEntry("identity", worker.identity())
                                    .containsEntry("busy", 1)
                                    .containsEntry("concurrency", 3)
                                    .containsEntry("queues", List.of("default"))
                                    .containsEntry("quiet", "false");
                        });
        assertThat(list(api, "workers"))
                .singleElement()
                .satisfies(
                        work ->
                                assertThat(work)
                                        .containsEntry("process", worker.identity())
                                        .containsEntry("queue", "default")
                                        .containsEntry("class", "Blocker"));
        assertThat(list(api, "retries"))
                .singleElement()
                .satisfies(
                        job -> {
                            assertThat(job)
                                    .containsEntry("class", "Retried")
                                    .containsEntry("args", List.of("card declined"))
                                    .containsEntry("queue", "default")
                                    .containsEntry("error_class", "java.lang.IllegalStateException")
                                    .containsEntry("error_message", "card declined")
                                    .containsEntry("retry_count", 0);
                            long nowSeconds = System.currentTimeMillis() / 1000;
                            assertThat(((Number) job.get("failed_at")).doubleValue())
                                    .isBetween(nowSeconds - 120.0, nowSeconds + 5.0);
                            assertThat(((Number) job.get("created_at")).doubleValue())
                                    .isBetween(nowSeconds - 120.0, nowSeconds + 5.0);
                        });
        assertThat(list(api, "dead"))
                .singleElement()
                .satisfies(job -> assertThat(job).containsEntry("class", "Dies"));
    }

    private Map<String, Object> awaitApi(java.util.function.Predicate<Map<String, Object>> ready) {
        @SuppressWarnings("unchecked")
        Map<String, Object>[] last = new Map[1];
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> {
                            String output = Ruby.run("read_api.rb", redis.url());
                            last[0] = Json.readObject(output.substring(output.indexOf('{')));
                            return ready.test(last[0]);
                        });
        return last[0];
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> api, String key) {
        return (List<Map<String, Object>>) api.get(key);
    }

    private static List<?> readArray(String json) {
        try {
            return Json.mapper().readValue(json, List.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not a JSON array: " + json, e);
        }
    }
}
