// corpus: bad ERR011
package corpus.bad;

import dev.errand.Job1;
import dev.errand.JobSpec;

public class BlankQueueSpec implements Job1<Long> {
    public static final JobSpec<BlankQueueSpec> SPEC =
            JobSpec.of(BlankQueueSpec.class).queue("").build();

    @Override
    public void perform(Long id) {}
}
