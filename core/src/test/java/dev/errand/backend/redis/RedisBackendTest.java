package dev.errand.backend.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.errand.backend.Backend;
import dev.errand.backend.BackendContract;
import dev.errand.backend.BackendException;
import dev.errand.backend.DeadSetLimits;
import dev.errand.backend.FinishedJobs;
import dev.errand.backend.JobSet;
import dev.errand.backend.ProcessBeat;
import dev.errand.backend.QueuedJob;
import dev.errand.backend.SortedEntry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** The contract on a real Redis (database 9 of REDIS_URL), plus the exact keys Sidekiq reads. */
class RedisBackendTest extends BackendContract {

    private static TestRedis redis;

    @BeforeAll
    static void connect() {
        redis = TestRedis.database(9);
    }

    @AfterAll
    static void disconnect() {
        redis.close();
    }

    @Override
    protected Backend newBackend() {
        redis.flush();
        return RedisBackend.fromUrl(redis.url(), 4);
    }

    @Override
    protected void expireHeartbeat(String identity) {
        redis.jedis().del(identity);
    }

    @Override
    protected void awaitExpiry(String identity, Duration ttl) {
        org.awaitility.Awaitility.await()
                .atMost(ttl.plusSeconds(2))
                .until(() -> !jedis().exists(identity));
    }

    private Jedis jedis() {
        return redis.jedis();
    }

    @Test
    void push_writesSidekiqQueueListAndQueuesSet() {
        backend.push(List.of(job("default", 1), job("default", 2)));

        assertThat(jedis().type("queue:default")).isEqualTo("list");
        assertThat(jedis().type("queues")).isEqualTo("set");
        assertThat(jedis().lrange("queue:default", 0, -1))
                .as("newest at the head, oldest at the tail")
                .containsExactly(payload("default", 2), payload("default", 1));
        assertThat(jedis().smembers("queues")).containsExactly("default");
    }

    @Test
    void add_writesFloatSecondScores() {
        backend.add(JobSet.SCHEDULE, List.of(entry(1_796_310_423.593217, 1)));

        assertThat(jedis().type("schedule")).isEqualTo("zset");
        assertThat(jedis().zscore("schedule", payload("q", 1))).isEqualTo(1_796_310_423.593217);
    }

    @Test
    void heartbeat_writesWorkUnderBothKeysAndDailyStatsWithExpiry() {
        Map<String, String> work =
                Map.of("t1", "{\"queue\":\"a\",\"payload\":\"{}\",\"run_at\":1}");
        ProcessBeat beat = new ProcessBeat(OWNER, "{}", 5, 1, NOW, false, 10, 20, work, 3, 1, DAY);

        backend.heartbeat(beat);

        assertThat(jedis().hgetAll(OWNER + ":work")).isEqualTo(work);
        assertThat(jedis().hgetAll(OWNER + ":workers")).isEqualTo(work);
        assertThat(jedis().ttl(OWNER + ":work")).isBetween(50L, 60L);
        assertThat(jedis().ttl(OWNER + ":workers")).isBetween(50L, 60L);
        assertThat(jedis().ttl(OWNER)).isBetween(50L, 60L);
        assertThat(jedis().get("stat:processed:2026-12-03")).isEqualTo("3");
        assertThat(jedis().get("stat:failed:2026-12-03")).isEqualTo("1");
        assertThat(jedis().ttl("stat:processed:2026-12-03")).isGreaterThan(157_000_000L);
        assertThat(jedis().ttl("stat:processed")).as("totals never expire").isEqualTo(-1L);
    }

    @Test
    void heartbeat_withoutWorkClearsTheWorkHashes() {
        Map<String, String> work = Map.of("t1", "{}");
        backend.heartbeat(new ProcessBeat(OWNER, "{}", 5, 1, NOW, false, 10, 20, work, 0, 0, DAY));

        backend.heartbeat(beat(OWNER));

        assertThat(jedis().exists(OWNER + ":work")).isFalse();
        assertThat(jedis().exists(OWNER + ":workers")).isFalse();
        assertThat(jedis().exists("stat:processed")).as("zero counts write nothing").isFalse();
    }

    @Test
    void signal_expiresTheSignalListAfterAMinute() {
        backend.signal(OWNER, "TSTP");

        assertThat(jedis().lrange(OWNER + "-signals", 0, -1)).containsExactly("TSTP");
        assertThat(jedis().ttl(OWNER + "-signals")).isBetween(50L, 60L);
    }

    @Test
    void acknowledge_throwsWhenRedisRefusesARemoval_soTheWorkerKeepsTheJobs() {
        // A refused LREM (BUSY, READONLY, MISCONF, here WRONGTYPE) must not pass for done: the
        // worker would forget a job still in the list.
        jedis().set("errand:inprogress:" + OWNER + ":b", "not a list");

        assertThatThrownBy(
                        () ->
                                backend.acknowledge(
                                        OWNER, FinishedJobs.anywhere(List.of(job("b", 1)))))
                .isInstanceOf(BackendException.class)
                .hasMessageContaining("WRONGTYPE");
        assertThatThrownBy(
                        () ->
                                backend.acknowledge(
                                        OWNER,
                                        new FinishedJobs(
                                                Map.of("b", List.of(job("b", 1))), List.of())))
                .isInstanceOf(BackendException.class)
                .hasMessageContaining("WRONGTYPE");
    }

    @Test
    void fetch_registersItsInProgressListWithOwnerAndQueue() {
        backend.push(List.of(job("a", 1)));

        backend.fetch(OWNER, List.of("a"), 1, Duration.ZERO, List.of());

        String list = "errand:inprogress:" + OWNER + ":a";
        assertThat(jedis().lrange(list, 0, -1)).containsExactly(payload("a", 1));
        assertThat(jedis().hgetAll("errand:inprogress"))
                .containsExactly(
                        Map.entry(list, "{\"identity\":\"" + OWNER + "\",\"queue\":\"a\"}"));
    }

    @Test
    void removeProcess_forgetsEmptyInProgressListsAndTheWorkHashes() {
        backend.heartbeat(
                new ProcessBeat(
                        OWNER, "{}", 5, 1, NOW, false, 10, 20, Map.of("t1", "{}"), 0, 0, DAY));
        backend.push(List.of(job("a", 1), job("b", 2)));
        List<QueuedJob> taken =
                backend.fetch(OWNER, List.of("a", "b"), 2, Duration.ZERO, List.of());
        backend.acknowledge(OWNER, taken.subList(0, 1));

        backend.removeProcess(OWNER, 0, 0, DAY);

        assertThat(jedis().hkeys("errand:inprogress"))
                .containsExactly("errand:inprogress:" + OWNER + ":b");
        assertThat(jedis().exists(OWNER + ":work")).isFalse();
        assertThat(jedis().exists(OWNER + ":workers")).isFalse();
        assertThat(jedis().sismember("processes", OWNER)).isFalse();
    }

    @Test
    void scripts_runAgainAfterRedisForgetsThem() {
        backend.heartbeat(beat(OWNER));
        backend.push(List.of(job("a", 1)));
        backend.add(JobSet.SCHEDULE, List.of(new SortedEntry(NOW - 1, payload("q", 2))));
        jedis().scriptFlush();

        List<QueuedJob> taken = backend.fetch(OWNER, List.of("a"), 1, Duration.ZERO, List.of());
        jedis().scriptFlush();
        int moved = backend.enqueueDue(JobSet.SCHEDULE, NOW, 10);
        jedis().scriptFlush();
        backend.removeProcess(OWNER, 0, 0, DAY);
        jedis().scriptFlush();
        expireHeartbeat(OWNER);
        List<QueuedJob> recovered = backend.recoverOrphans();

        assertThat(taken).containsExactly(job("a", 1));
        assertThat(moved).isEqualTo(1);
        assertThat(recovered).containsExactly(job("a", 1));
    }

    @Test
    void kill_trimsInOneTransaction() {
        backend.kill(new SortedEntry(NOW, "x"), new DeadSetLimits(1, Duration.ofDays(1)));

        assertThat(backend.size(JobSet.DEAD))
                .as("maxJobs 1 keeps nothing, exactly as Sidekiq's 0..-1 rank trim")
                .isZero();
    }

    @Test
    void failures_areBackendExceptionsNamingTheOperationAndUrlWithoutPassword() {
        try (RedisBackend unreachable = RedisBackend.fromUrl("redis://app:s3cret@127.0.0.1:1/3")) {

            assertThatThrownBy(() -> unreachable.push(List.of(job("a", 1))))
                    .isInstanceOf(BackendException.class)
                    .hasMessageContaining("push")
                    .hasMessageContaining("redis://app@127.0.0.1:1/3")
                    .hasMessageNotContaining("s3cret");
        }
    }

    @Test
    void heartbeat_reportsAFailedCommandInsteadOfIgnoringIt() {
        jedis().set(OWNER, "not a hash");

        assertThatThrownBy(() -> backend.heartbeat(beat(OWNER)))
                .isInstanceOf(BackendException.class)
                .hasMessageContaining("heartbeat")
                .hasMessageContaining("WRONGTYPE");
    }

    @Test
    void push_reportsAFailedCommandInsteadOfIgnoringIt() {
        jedis().set("queue:a", "not a list");

        assertThatThrownBy(() -> backend.push(List.of(job("a", 1))))
                .isInstanceOf(BackendException.class)
                .hasMessageContaining("WRONGTYPE");
    }

    @Test
    void describe_isTheUrlWithoutPassword() {
        try (RedisBackend described = RedisBackend.fromUrl("rediss://app:s3cret@example.com/2")) {

            assertThat(described.describe()).isEqualTo("rediss://app@example.com:6379/2");
        }
    }
}
