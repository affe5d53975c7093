// corpus: bad ERR007
package corpus.bad;

import com.acme.shop.User;
import com.acme.shop.UserRepository;
import dev.errand.Job0;

public class RecalculateAllScoresJob implements Job0 {
    private final UserRepository userRepository;

    public RecalculateAllScoresJob(UserRepository userRepository) {
        this.userRepository = userRepository;
    }

    @Override
    public void perform() {
        for (User user : userRepository.findAll()) {
            score(user);
        }
    }

    private void score(User user) {}
}
