package dev.errand.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errand.Errand;
import dev.errand.backend.JobSet;
import dev.errand.samples.Demo.Summary;
import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class DemoTest {

    /*
     * The counts below follow from the workload, per hundred deliveries: 75 succeed at once;
     * 15 time out 1, 2 or 3 times (5 of each) and then succeed, 30 retries; 5 are discarded;
     * 5 fail three runs and die, 2 retries each.
     */
    @Test
    void run_settlesEveryDeliveryAsTheWorkloadDesigns() throws Exception {
        try (Errand errand = Errand.inMemory()) {

            Summary summary =
                    Demo.run(errand, 1_000, new PrintStream(OutputStream.nullOutputStream()));

            assertThat(summary.jobs()).isEqualTo(1_000);
            assertThat(summary.dead())
                    .as("dead: ids ending in 95-99, after 2 retries each")
                    .isEqualTo(50);
            assertThat(summary.discarded()).as("discarded: ids ending in 90-94").isEqualTo(50);
            assertThat(summary.succeeded()).as("succeeded: every other delivery").isEqualTo(900);
            assertThat(summary.retried())
                    .as("retried: 300 timeouts plus 2 x 50 for the dead")
                    .isEqualTo(400);
            assertThat(summary.processed())
                    .as("processed: every run, 1,000 first runs + 400")
                    .isEqualTo(1_400);
            assertThat(errand.backend().size(JobSet.DEAD)).as("dead set").isEqualTo(50);
            assertThat(errand.backend().size(JobSet.RETRY)).as("retry set").isZero();
            assertThat(summary.throughput()).isPositive();
        }
    }
}
