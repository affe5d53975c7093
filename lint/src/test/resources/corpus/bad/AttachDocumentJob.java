// corpus: bad ERR001
package corpus.bad;

import dev.errand.Job2;
import java.util.UUID;

public class AttachDocumentJob implements Job2<UUID, String> {
    @Override
    public void perform(UUID documentId, String ownerEmail) {}
}
