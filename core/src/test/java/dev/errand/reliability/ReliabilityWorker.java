package dev.errand.reliability;

import dev.errand.Errand;
import dev.errand.Job1;
import dev.errand.JobSpec;
import dev.errand.Worker;
import dev.errand.WorkerConfig;
import java.time.Duration;
import redis.clients.jedis.RedisClient;

/**
 * The worker process that the kill and SIGTERM tests start in a JVM of its own. Each job sleeps,
 * then records its jid with HINCRBY in {@value #RUNS}, so the test can count runs per job. It
 * prints {@code READY <identity>} once started and stops gracefully on SIGTERM.
 *
 * <p>Arguments: redis URL, concurrency, job milliseconds, heartbeat timeout milliseconds, stop
 * timeout milliseconds.
 */
public final class ReliabilityWorker {
    static final String RUNS = "reliability:runs";
    static final String QUEUE = "reliability";

    /** The test's job: its argument is only a number to tell the jobs apart. */
    public static final class Sleep implements Job1<Long> {
        @Override
        public void perform(Long n) throws InterruptedException {
            Thread.sleep(jobMillis);
        }
    }

    static final JobSpec<Sleep> SLEEP = JobSpec.of(Sleep.class).queue(QUEUE).retry(0).build();

    private static volatile long jobMillis;

    private ReliabilityWorker() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int concurrency = Integer.parseInt(args[1]);
        jobMillis = Long.parseLong(args[2]);
        Duration heartbeatTimeout = Duration.ofMillis(Long.parseLong(args[3]));
        Duration stopTimeout = Duration.ofMillis(Long.parseLong(args[4]));

        RedisClient runs = RedisClient.create(java.net.URI.create(url));
        Errand errand = Errand.redis(url);
        Worker worker =
                errand.worker(
                                WorkerConfig.builder()
                                        .concurrency(concurrency)
                                        .queues(QUEUE)
                                        .heartbeatTimeout(heartbeatTimeout)
                                        .timeout(stopTimeout)
                                        .build())
                        .register(SLEEP, Sleep::new)
                        .middleware(
                                (job, queue, next) -> {
                                    next.proceed();
                                    runs.hincrBy(RUNS, job.jid(), 1);
                                })
                        .stopOnShutdown()
                        .start();
        System.out.println("READY " + worker.identity());
        System.out.flush();
        Thread.currentThread().join();
    }
}
