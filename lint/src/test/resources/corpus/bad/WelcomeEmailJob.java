// corpus: bad ERR003
package corpus.bad;

import com.acme.shop.Mailer;
import com.acme.shop.User;
import com.acme.shop.UserRepository;
import dev.errand.Job1;

public class WelcomeEmailJob implements Job1<Long> {
    private final UserRepository users;
    private final Mailer mailer;

    public WelcomeEmailJob(UserRepository users, Mailer mailer) {
        this.users = users;
        this.mailer = mailer;
    }

    @Override
    public void perform(Long userId) {
        User user =
                users.findById(userId)
                        .orElseThrow(() -> new IllegalStateException("no user " + userId));
        mailer.send(user.getEmail(), "Welcome to Acme", "Hi " + user.getName() + "!");
    }
}
