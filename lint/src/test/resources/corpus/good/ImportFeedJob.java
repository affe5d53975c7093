// corpus: good
package corpus.good;

import dev.errand.Job1;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class ImportFeedJob implements Job1<String> {
    private static final Logger log = LoggerFactory.getLogger(ImportFeedJob.class);

    @Override
    public void perform(String feedUrl) throws Exception {
        try {
            importFrom(feedUrl);
        } catch (NoSuchElementException gone) {
            log.info("feed {} no longer exists; dropping the job", feedUrl);
        }
    }

    private void importFrom(String url) throws Exception {}
}
