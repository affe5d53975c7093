// corpus: bad ERR004
package corpus.bad;

import dev.errand.Job1;
import java.util.concurrent.TimeUnit;

public class PollExportStatusJob implements Job1<String> {
    @Override
    public void perform(String exportId) throws Exception {
        for (int i = 0; i < 30; i++) {
            if (isReady(exportId)) {
                download(exportId);
                return;
            }
            TimeUnit.SECONDS.sleep(10);
        }
        throw new IllegalStateException("export " + exportId + " never finished");
    }

    private boolean isReady(String id) {
        return false;
    }

    private void download(String id) {}
}
