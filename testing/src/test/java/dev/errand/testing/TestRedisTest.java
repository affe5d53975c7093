package dev.errand.testing;

import static dev.errand.testing.JobMatcher.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.errand.Worker;
import dev.errand.WorkerConfig;
import dev.errand.testing.TestJobs.Greet;
import dev.errand.testing.internal.ContainerRedis;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/**
 * Finding a Redis, and the per-test databases. The tests that take a {@link RedisDatabase} need the
 * Redis at REDIS_URL (the build points it at a local Redis when unset).
 */
@ErrandTest
class TestRedisTest {

    @Test
    void locate_withoutRedisUrlOrDocker_failsFastWithClearMessage() {
        assumeFalse(ContainerRedis.dockerAvailable(), "a Docker engine is available here");
        long started = System.nanoTime();

        assertThatThrownBy(() -> TestRedis.locate(Map.of(), Duration.ofSeconds(10)))
                .isInstanceOf(RedisUnavailableException.class)
                .hasMessageContaining("REDIS_URL is not set")
                .hasMessageContaining("Docker")
                .hasMessageContaining("redis-server --port 6379");

        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void locate_withRedisUrl_usesItWithTheTestsOwnDatabase() {
        TestRedis redis =
                TestRedis.locate(
                        Map.of("REDIS_URL", "redis://:secret@redis.test:6390/0"),
                        Duration.ofSeconds(1));

        assertThat(redis.source()).isEqualTo("REDIS_URL");
        assertThat(redis.url(3)).isEqualTo("redis://:secret@redis.test:6390/3");
        assertThat(redis.toString()).doesNotContain("secret");
        assertThatThrownBy(() -> redis.url(0)).hasMessageContaining("1 to 8");
    }

    @Test
    void locate_withMalformedRedisUrl_saysWhatIsExpected() {
        assertThatThrownBy(
                        () ->
                                TestRedis.locate(
                                        Map.of("REDIS_URL", "http://x"), Duration.ofSeconds(1)))
                .isInstanceOf(RedisUnavailableException.class)
                .hasMessageContaining("expected redis://");
    }

    @Test
    void database_whenRedisIsDown_failsWithRedisUnavailableAndHowTo() {
        TestRedis redis =
                TestRedis.locate(Map.of("REDIS_URL", "redis://127.0.0.1:1"), Duration.ofSeconds(1));

        assertThatThrownBy(() -> redis.database(1))
                .isInstanceOf(RedisUnavailableException.class)
                .hasMessageContaining("No Redis answers at")
                .hasMessageContaining("REDIS_URL");
    }

    @Test
    void redisDatabase_isOneToEightAndFlushesOnlyItself(RedisDatabase redis) {
        int other = redis.number() == 8 ? 7 : redis.number() + 1;
        String probe = "errand-testing-probe-" + UUID.randomUUID();
        redis.jedis().set("mine", "1");
        try (Jedis neighbour = new Jedis(redis.url().replaceFirst("/\\d+$", "/" + other))) {
            neighbour.set(probe, "kept");

            redis.flush();

            assertThat(redis.number()).isBetween(1, 8);
            assertThat(redis.jedis().dbSize()).isZero();
            assertThat(neighbour.get(probe)).isEqualTo("kept");
            neighbour.del(probe);
        }
    }

    @Test
    void awaitPerformed_seesAJobRunByARealWorker(RedisDatabase redis) {
        List<String> log = new CopyOnWriteArrayList<>();
        Worker worker =
                redis.errand()
                        .worker(
                                WorkerConfig.builder()
                                        .queues("mail")
                                        .pollInterval(Duration.ofMillis(100))
                                        .build())
                        .register(Greet.SPEC, () -> new Greet(log))
                        .middleware(redis.performedRecorder())
                        .start();
        try {
            redis.errand().enqueue(Greet.SPEC, 42L);

            EnqueuedJob done = redis.awaitPerformed(job(Greet.SPEC).withArgs(42L));

            assertThat(done.queue()).isEqualTo("mail");
            assertThat(log).containsExactly("greet 42");
        } finally {
            worker.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void awaitEnqueued_seesAJobPushedFromAnotherThread(RedisDatabase redis) {
        Thread pusher =
                new Thread(() -> redis.errand().enqueueIn(Greet.SPEC, Duration.ofMinutes(5), 7L));

        pusher.start();
        EnqueuedJob found =
                redis.awaitEnqueued(
                        job(Greet.SPEC)
                                .withArgs(7L)
                                .in(Duration.ofMinutes(5), Duration.ofSeconds(30)),
                        Duration.ofSeconds(5));

        assertThat(found.isScheduled()).isTrue();
        redis.assertEnqueued().hasJobCount(1);
    }

    @Test
    void awaitEnqueued_timesOutWithTheUsualListing(RedisDatabase redis) {
        redis.errand().enqueue(Greet.SPEC, 1L);

        assertThatThrownBy(
                        () ->
                                redis.awaitEnqueued(
                                        job(Greet.SPEC).withArgs(2L), Duration.ofMillis(200)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Waited PT0.2S in vain")
                .hasMessageContaining("Nearest candidate");
    }
}
