// corpus: good
package corpus.good;

import dev.errand.Job1;
import java.util.concurrent.Semaphore;

public class AcquireLeaseJob implements Job1<String> {
    private static final Semaphore PERMITS = new Semaphore(3);

    @Override
    public void perform(String resource) {
        try {
            PERMITS.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + resource, e);
        }
        try {
            process(resource);
        } finally {
            PERMITS.release();
        }
    }

    private void process(String resource) {}
}
