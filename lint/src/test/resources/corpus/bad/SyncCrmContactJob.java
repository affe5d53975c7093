// corpus: bad ERR005
package corpus.bad;

import com.acme.shop.User;
import com.acme.shop.UserRepository;
import dev.errand.Job1;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class SyncCrmContactJob implements Job1<Long> {
    private static final Logger LOG = LoggerFactory.getLogger(SyncCrmContactJob.class);
    private final UserRepository users;

    public SyncCrmContactJob(UserRepository users) {
        this.users = users;
    }

    @Override
    public void perform(Long userId) {
        try {
            User user = users.findById(userId).orElseThrow();
            upsertContact(user.getEmail(), user.getName());
        } catch (Exception e) {
            LOG.error("CRM sync failed for user {}", userId, e);
        }
    }

    private void upsertContact(String email, String name) throws Exception {}
}
