package dev.errand.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.errand.Errand;
import dev.errand.Job1;
import dev.errand.JobSpec;
import dev.errand.Worker;
import dev.errand.WorkerConfig;
import dev.errand.backend.JobSet;
import dev.errand.wire.Json;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Redis goes away while a worker is busy: first a real restart (SHUTDOWN, three seconds down, start
 * again from its append-only file), then a three-second CLIENT PAUSE, which makes commands time out
 * in the client after Redis has run them. Every tenth job fails on purpose and goes to the dead set
 * (retry 0), so failures whose dead-set entry cannot be written are exercised too. At the end every
 * job ran or is dead, nothing is left in a queue or in progress, and the worker runs a further
 * batch normally. Runs on a redis-server of its own on a spare port.
 */
class OutageTest {
    static final int JOBS = 3_000;
    static final String RUNS = "outage:runs";

    /** Records its run (retrying through the outage) or, for every tenth number, fails. */
    public static final class Tick implements Job1<Long> {
        @Override
        public void perform(Long n) throws InterruptedException {
            Thread.sleep(10);
            if (n % 10 == 0) {
                throw new IllegalStateException("job " + n + " fails on purpose");
            }
        }
    }

    static final JobSpec<Tick> TICK = JobSpec.of(Tick.class).queue("outage").retry(0).build();

    private RedisServerProcess server;
    private RedisClient runs;
    private Errand errand;
    private Worker worker;

    @BeforeEach
    void startRedis() throws Exception {
        server = RedisServerProcess.start("outage", null);
        runs = RedisClient.create(URI.create(server.url()));
        errand = Errand.redis(server.url());
    }

    @AfterEach
    void stopAll() throws Exception {
        if (worker != null) {
            worker.stop(Duration.ofSeconds(5));
        }
        errand.close();
        runs.close();
        server.close();
    }

    @Test
    @Timeout(180)
    void redisRestartAndPause_loseNoJobAndTheWorkerCarriesOn() throws Exception {
        errand.enqueueAll(TICK, LongStream.range(0, JOBS).boxed().toList());
        worker =
                errand.worker(WorkerConfig.builder().concurrency(4).queues("outage").build())
                        .register(TICK, Tick::new)
                        .middleware(
                                (job, queue, next) -> {
                                    next.proceed();
                                    record(job.jid());
                                })
                        .start();
        long started = System.nanoTime();

        awaitRuns(600);
        server.stopProcess();
        Thread.sleep(3_000);
        server.startProcess();
        awaitRuns(1_500);
        try (Jedis admin = server.connect()) {
            admin.clientPause(3_000);
        }
        Accounting end = awaitAccounted(JOBS, Duration.ofSeconds(120));
        long outageMillis = (System.nanoTime() - started) / 1_000_000;

        errand.enqueueAll(TICK, LongStream.range(JOBS, JOBS + 200).boxed().toList());
        Accounting after = awaitAccounted(JOBS + 200, Duration.ofSeconds(30));

        System.out.printf(
                "OutageTest: %d jobs through a Redis restart and a pause in %d ms: %d ran, %d dead"
                        + " on purpose, %d lost, %d extra runs; worker %s afterwards%n",
                JOBS,
                outageMillis,
                end.ran(),
                end.dead(),
                end.lost(),
                end.duplicates(),
                worker.isRunning() ? "running" : "STOPPED");
        assertThat(end.lost()).as("jobs neither run nor dead").isZero();
        assertThat(end.dead()).as("the jobs that fail on purpose").isEqualTo(JOBS / 10);
        assertThat(after.lost()).as("a batch after the outages").isZero();
        assertThat(worker.isRunning()).isTrue();
        try (Jedis jedis = server.connect()) {
            assertThat(jedis.llen("queue:outage")).isZero();
            // Acknowledgements travel with the next fetch, within a second.
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(
                            () -> {
                                for (String list : jedis.keys("errand:inprogress:*")) {
                                    assertThat(jedis.llen(list))
                                            .as("jobs left in " + list)
                                            .isZero();
                                }
                            });
        }
    }

    private void record(String jid) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                runs.hincrBy(RUNS, jid, 1);
                return;
            } catch (JedisException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    private void awaitRuns(long count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (runs.hlen(RUNS) < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + runs.hlen(RUNS) + " of " + count + " runs");
            }
            Thread.sleep(20);
        }
    }

    record Accounting(int ran, int dead, int lost, long duplicates) {}

    private Accounting awaitAccounted(int jobs, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                Accounting accounting = account(jobs);
                if (accounting.lost() == 0 || System.nanoTime() > deadline) {
                    return accounting;
                }
            } catch (JedisException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            Thread.sleep(250);
        }
    }

    private Accounting account(int jobs) {
        Set<String> dead = new HashSet<>();
        for (String entry : runs.zrange(JobSet.DEAD.key(), 0, -1)) {
            dead.add((String) Json.readObject(entry).get("jid"));
        }
        long duplicates = 0;
        var ran = runs.hgetAll(RUNS);
        for (String count : ran.values()) {
            duplicates += Long.parseLong(count) - 1;
        }
        Set<String> accounted = new HashSet<>(ran.keySet());
        accounted.addAll(dead);
        return new Accounting(ran.size(), dead.size(), jobs - accounted.size(), duplicates);
    }
}
