// corpus: good
package corpus.good;

import dev.errand.Job1;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class BatchCleanupJob implements Job1<List<Long>> {
    private static final Logger log = LoggerFactory.getLogger(BatchCleanupJob.class);

    @Override
    public void perform(List<Long> ids) {
        int removed = 0;
        for (Long id : ids) {
            if (remove(id)) {
                removed++;
            }
        }
        log.info("removed {} of {}", removed, ids.size());
    }

    private boolean remove(Long id) {
        return true;
    }
}
