package dev.errand.samples.bench;

import dev.errand.Job1;
import dev.errand.JobSpec;

/**
 * Records how long after its enqueue it started. The argument is the producer's System.nanoTime
 * taken just before the push; producer and worker share one JVM, so the clocks agree.
 */
public final class LatencyJob implements Job1<Long> {

    public static final JobSpec<LatencyJob> SPEC =
            JobSpec.of(LatencyJob.class).queue("bench-latency").build();

    private final Samples samples;

    public LatencyJob(Samples samples) {
        this.samples = samples;
    }

    @Override
    public void perform(Long enqueuedNanos) {
        samples.record(System.nanoTime() - enqueuedNanos);
    }
}
