package dev.errand.samples.bench;

import dev.errand.Job1;
import dev.errand.JobSpec;

/** The drain benchmark's job: does nothing but tell the counter it ran. */
public final class NoopJob implements Job1<Long> {

    public static final String QUEUE = "bench";

    public static final JobSpec<NoopJob> SPEC = JobSpec.of(NoopJob.class).queue(QUEUE).build();

    private final RunCounter counter;

    public NoopJob(RunCounter counter) {
        this.counter = counter;
    }

    @Override
    public void perform(Long n) {
        counter.ran();
    }
}
