// corpus: bad ERR006
package corpus.bad;

import dev.errand.Job1;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class AcquireLeaseJob implements Job1<String> {
    private static final Logger log = LoggerFactory.getLogger(AcquireLeaseJob.class);
    private static final Semaphore PERMITS = new Semaphore(3);

    @Override
    public void perform(String resource) {
        try {
            PERMITS.acquire();
            try {
                process(resource);
            } finally {
                PERMITS.release();
            }
        } catch (InterruptedException e) {
            log.warn("interrupted while waiting for a permit for {}", resource);
        }
    }

    private void process(String resource) {}
}
