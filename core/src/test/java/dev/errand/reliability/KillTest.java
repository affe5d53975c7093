package dev.errand.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errand.Errand;
import dev.errand.PoisonPillException;
import dev.errand.backend.JobSet;
import dev.errand.backend.redis.TestRedis;
import dev.errand.wire.Json;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * kill -9 at random moments: a worker in a JVM of its own works through 10,000 jobs and is killed
 * with SIGKILL at least 20 times, each time restarted. At the end every job has run at least once
 * (or, if it was in progress in three of the killed processes, sits in the dead set as a poison
 * pill), none is lost, and the duplicates are counted.
 *
 * <p>The workers run with a 2-second heartbeat timeout instead of Sidekiq's 60 seconds, so that a
 * killed worker's jobs are recovered within about three seconds (the timeout, plus up to one
 * recovery period of a third of it); everything else is the production path. Seeded, so the kill
 * moments repeat. Database 11.
 */
class KillTest {
    static final int JOBS = 10_000;
    static final int KILLS = 20;
    static final long SEED = 20261203L;

    private static TestRedis redis;

    @BeforeAll
    static void connect() {
        redis = TestRedis.database(11);
    }

    @AfterAll
    static void disconnect() {
        redis.close();
    }

    @Test
    @Timeout(240)
    void killedWorkers_loseNoJob() throws Exception {
        redis.flush();
        Set<String> pushed;
        try (Errand client = Errand.redis(redis.url())) {
            pushed =
                    Set.copyOf(
                            client.enqueueAll(
                                    ReliabilityWorker.SLEEP,
                                    LongStream.range(0, JOBS).boxed().toList()));
        }
        assertThat(pushed).hasSize(JOBS);
        Random random = new Random(SEED);
        long started = System.nanoTime();

        for (int kill = 1; kill <= KILLS; kill++) {
            ChildJvm worker = startWorker("kill-" + kill);
            worker.awaitLine("READY", Duration.ofSeconds(30));
            Thread.sleep(300 + random.nextInt(1200));
            worker.kill();
        }
        long killedAfter = System.nanoTime();
        ChildJvm last = startWorker("kill-final");
        last.awaitLine("READY", Duration.ofSeconds(30));
        Outcome outcome = awaitAllAccounted(pushed, Duration.ofSeconds(150));
        last.process().destroy();
        last.process().waitFor();

        System.out.printf(
                "KillTest: %d jobs, %d SIGKILLs survived, %d lost, %d ran, %d extra runs"
                    + " (duplicates) on %d jobs, %d poison pills, kills took %d s, total %d s%n",
                JOBS,
                KILLS,
                outcome.lost(),
                outcome.ran(),
                outcome.duplicates(),
                outcome.duplicatedJobs(),
                outcome.poisonPills(),
                (killedAfter - started) / 1_000_000_000,
                (System.nanoTime() - started) / 1_000_000_000);
        assertThat(outcome.lost()).as("jobs neither run nor in the dead set").isZero();
        assertThat(outcome.ran() + outcome.poisonPills())
                .as("every job ran, or is a poison pill (which may also have run)")
                .isGreaterThanOrEqualTo(JOBS);
        assertThat(outcome.poisonPills())
                .as(
                        "random kills are not poison pills: jobs still in a fetch buffer at a kill"
                                + " must not count a crash")
                .isLessThanOrEqualTo(JOBS / 100);
        assertThat(redis.jedis().llen("queue:" + ReliabilityWorker.QUEUE)).isZero();
    }

    private ChildJvm startWorker(String name) throws Exception {
        return ChildJvm.start(
                name, List.of(), ReliabilityWorker.class, redis.url(), "4", "10", "2000", "5000");
    }

    record Outcome(int ran, int lost, long duplicates, int duplicatedJobs, int poisonPills) {}

    private Outcome awaitAllAccounted(Set<String> pushed, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Outcome outcome;
        do {
            Thread.sleep(500);
            outcome = count(pushed);
        } while (outcome.lost() > 0 && System.nanoTime() < deadline);
        return outcome;
    }

    /**
     * Every pushed jid must have run or be a poison pill. Only pushed jids count, so a stray run in
     * the same database cannot hide a lost job.
     */
    private Outcome count(Set<String> pushed) {
        Map<String, String> runs = redis.jedis().hgetAll(ReliabilityWorker.RUNS);
        Set<String> poisonPills = new HashSet<>();
        for (var entry : redis.jedis().zrangeWithScores(JobSet.DEAD.key(), 0, -1)) {
            Map<String, Object> job = Json.readObject(entry.getElement());
            if (PoisonPillException.class.getName().equals(job.get("error_class"))) {
                poisonPills.add((String) job.get("jid"));
            }
        }
        long duplicates = 0;
        int duplicatedJobs = 0;
        for (String count : runs.values()) {
            long n = Long.parseLong(count);
            duplicates += n - 1;
            duplicatedJobs += n > 1 ? 1 : 0;
        }
        Set<String> unaccounted = new HashSet<>(pushed);
        unaccounted.removeAll(runs.keySet());
        unaccounted.removeAll(poisonPills);
        return new Outcome(
                runs.size(), unaccounted.size(), duplicates, duplicatedJobs, poisonPills.size());
    }
}
