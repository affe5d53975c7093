package dev.errand.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errand.Errand;
import dev.errand.backend.redis.TestRedis;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * SIGTERM on a worker in a JVM of its own ({@code Worker.stopOnShutdown()}): it stops within its
 * timeout, the jobs it was running and the ones in its buffer go back to their queue untouched, and
 * its heartbeat goes on, marked quiet, until the process leaves the process list. Database 12.
 */
class SigtermTest {
    static final int JOBS = 20;
    static final int CONCURRENCY = 3;

    private static TestRedis redis;

    @BeforeAll
    static void connect() {
        redis = TestRedis.database(12);
    }

    @AfterAll
    static void disconnect() {
        redis.close();
    }

    @Test
    @Timeout(60)
    void sigterm_pushesRunningJobsBackAndBeatsUntilGone() throws Exception {
        redis.flush();
        try (Errand client = Errand.redis(redis.url())) {
            client.enqueueAll(ReliabilityWorker.SLEEP, LongStream.range(0, JOBS).boxed().toList());
        }
        // Jobs of a minute, a 2-second stop timeout, a beat every second.
        ChildJvm worker =
                ChildJvm.start(
                        "sigterm",
                        List.of(),
                        ReliabilityWorker.class,
                        redis.url(),
                        Integer.toString(CONCURRENCY),
                        "60000",
                        "6000",
                        "2000");
        String identity = worker.awaitLine("READY", Duration.ofSeconds(30));
        awaitBusy(identity, CONCURRENCY);
        String beatBefore = redis.jedis().hget(identity, "beat");

        long signalled = System.nanoTime();
        worker.process().destroy();
        List<Map<String, String>> records = new ArrayList<>();
        while (worker.process().isAlive()) {
            records.add(redis.jedis().hgetAll(identity));
            Thread.sleep(50);
        }
        long stopMillis = (System.nanoTime() - signalled) / 1_000_000;

        System.out.printf(
                "SigtermTest: stopped %d ms after SIGTERM, exit %d, %d jobs back in the"
                        + " queue, %d beats seen while stopping%n",
                stopMillis,
                worker.process().exitValue(),
                queued(),
                records.stream().map(record -> record.get("beat")).distinct().count());
        assertThat(stopMillis)
                .as("stop within the 2 s timeout plus the push-back")
                .isLessThan(8_000);
        assertThat(queued())
                .as("every job is back on the queue, none ran, none lost")
                .isEqualTo(JOBS);
        assertThat(redis.jedis().hlen(ReliabilityWorker.RUNS)).isZero();
        assertThat(redis.jedis().keys("errand:inprogress:*"))
                .as("nothing left in progress")
                .isEmpty();
        assertThat(records)
                .as("the process record while stopping")
                .isNotEmpty()
                .anySatisfy(record -> assertThat(record).containsEntry("quiet", "true"));
        assertThat(
                        records.stream()
                                .map(record -> record.get("beat"))
                                .filter(beat -> beat != null && !beat.equals(beatBefore)))
                .as("beats after SIGTERM")
                .isNotEmpty();
        assertThat(redis.jedis().smembers("processes"))
                .as("left the process list at the end")
                .doesNotContain(identity);
        assertThat(worker.output()).contains("pushed " + CONCURRENCY + " running jobs back");
    }

    private long queued() {
        return redis.jedis().llen("queue:" + ReliabilityWorker.QUEUE);
    }

    private void awaitBusy(String identity, int busy) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (Integer.toString(busy).equals(redis.jedis().hget(identity, "busy"))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("worker " + identity + " never had " + busy + " busy jobs");
    }
}
