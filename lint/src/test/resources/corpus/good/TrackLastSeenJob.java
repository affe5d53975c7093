// corpus: good
package corpus.good;

import com.acme.shop.User;
import com.acme.shop.UserRepository;
import dev.errand.Job2;
import java.time.Instant;

public class TrackLastSeenJob implements Job2<Long, Long> {
    UserRepository repo;

    @Override
    public void perform(Long userId, Long epochMillis) {
        User user = repo.findById(userId).orElseThrow();
        Instant seen = Instant.ofEpochMilli(epochMillis);
        if (user.getLastSeenAt() == null || user.getLastSeenAt().isBefore(seen)) {
            user.setLastSeenAt(seen);
            repo.save(user);
        }
    }
}
