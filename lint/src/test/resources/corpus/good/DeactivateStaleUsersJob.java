// corpus: good
package corpus.good;

import com.acme.shop.User;
import com.acme.shop.UserRepository;
import dev.errand.Job1;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.data.domain.Pageable;

public class DeactivateStaleUsersJob implements Job1<Integer> {
    UserRepository users;

    @Override
    public void perform(Integer days) {
        Instant cutoff = Instant.now().minus(days, ChronoUnit.DAYS);
        List<User> stale = users.findByLastSeenAtBefore(cutoff, Pageable.ofSize(200));
        for (User user : stale) {
            user.setLastSeenAt(cutoff);
        }
        users.saveAll(stale);
    }
}
