package dev.errand.samples.bench;

import dev.errand.Errand;
import dev.errand.JobSpec;
import dev.errand.Worker;
import dev.errand.WorkerConfig;
import java.io.IOException;

/**
 * The worker JVM whose resident memory the benchmark reads: concurrency 25 on the queue the parent
 * keeps full. It prints "ready" once started, runs until its standard input closes, then stops and
 * prints how many jobs it ran.
 */
final class RssWorker {
    static final String QUEUE = "bench-rss";

    /** The no-op job on this worker's own queue, so the drain's queue stays out of its way. */
    static final JobSpec<NoopJob> SPEC = JobSpec.of(NoopJob.class).queue(QUEUE).build();

    private RssWorker() {}

    static void run(String redisUrl) throws IOException {
        RunCounter counter = new RunCounter();
        try (Errand errand = Errand.redis(redisUrl)) {
            Worker worker =
                    errand.worker(WorkerConfig.builder().concurrency(25).queues(QUEUE).build())
                            .register(SPEC, () -> new NoopJob(counter))
                            .start();
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // The parent closes our standard input when it has read enough.
            }
            worker.stop();
            System.out.println("ran " + counter.runs());
            System.out.flush();
        }
    }
}
