// corpus: good
package corpus.good;

import dev.errand.Errand;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.time.Duration;

public class PollExportStatusJob implements Job1<String> {
    static final JobSpec<PollExportStatusJob> SPEC =
            JobSpec.of(PollExportStatusJob.class).queue("exports").retry(3).build();
    private final Errand errand;

    public PollExportStatusJob(Errand errand) {
        this.errand = errand;
    }

    @Override
    public void perform(String exportId) {
        if (!isReady(exportId)) {
            errand.enqueueIn(SPEC, Duration.ofSeconds(30), exportId);
            return;
        }
        download(exportId);
    }

    private boolean isReady(String id) {
        return false;
    }

    private void download(String id) {}
}
