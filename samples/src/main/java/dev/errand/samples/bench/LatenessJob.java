package dev.errand.samples.bench;

import dev.errand.Job1;
import dev.errand.JobSpec;
import java.time.Instant;

/**
 * Records how late a scheduled job started: its argument is its due time in epoch microseconds,
 * compared with the wall clock when it starts (same JVM as the producer).
 */
public final class LatenessJob implements Job1<Long> {

    public static final JobSpec<LatenessJob> SPEC =
            JobSpec.of(LatenessJob.class).queue("bench-scheduled").build();

    private final Samples samples;

    public LatenessJob(Samples samples) {
        this.samples = samples;
    }

    @Override
    public void perform(Long dueMicros) {
        samples.record((epochMicros(Instant.now()) - dueMicros) * 1000);
    }

    static long epochMicros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1000;
    }
}
