// corpus: bad ERR011
package corpus.bad;

import dev.errand.Job1;
import dev.errand.JobSpec;

public final class NegativeRetrySpec {
    public static final JobSpec<Cleanup> CLEANUP =
            JobSpec.of(Cleanup.class).queue("maintenance").retry(-1).build();

    public static class Cleanup implements Job1<String> {
        @Override
        public void perform(String bucket) {}
    }
}
