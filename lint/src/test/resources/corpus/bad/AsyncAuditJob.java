// corpus: bad ERR010
package corpus.bad;

import dev.errand.Job2;
import java.util.concurrent.CompletableFuture;

public class AsyncAuditJob implements Job2<Long, String> {
    @Override
    public void perform(Long userId, String action) {
        CompletableFuture.runAsync(() -> writeAudit(userId, action));
    }

    private void writeAudit(Long userId, String action) {}
}
