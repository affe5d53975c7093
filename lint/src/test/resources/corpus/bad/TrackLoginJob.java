// corpus: bad ERR002
package corpus.bad;

import com.acme.shop.User;
import com.acme.shop.UserRepository;
import dev.errand.Job1;
import java.time.Instant;

public class TrackLoginJob implements Job1<Long> {
    UserRepository repo;

    @Override
    public void perform(Long userId) {
        User user = repo.findById(userId).orElseThrow();
        int logins = user.getLoginCount();
        user.setLoginCount(logins + 1);
        user.setLastSeenAt(Instant.now());
        repo.save(user);
    }
}
