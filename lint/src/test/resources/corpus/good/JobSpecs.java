// corpus: good
package corpus.good;

import dev.errand.Backoff;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.io.IOException;

public final class JobSpecs {
    public static final JobSpec<Cleanup> CLEANUP =
            JobSpec.of(Cleanup.class)
                    .queue("maintenance")
                    .retry(0)
                    .retryOn(IOException.class, Backoff.polynomial(), 5)
                    .discardOn(IllegalArgumentException.class)
                    .backtrace(20)
                    .retryQueue("maintenance-retries")
                    .tags("ops", "cleanup")
                    .dead(false)
                    .build();

    public static final JobSpec<Cleanup> NO_RETRY = JobSpec.of(Cleanup.class).noRetry().build();

    public static class Cleanup implements Job1<String> {
        @Override
        public void perform(String bucket) {}
    }
}
