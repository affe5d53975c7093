// corpus: good
package corpus.good;

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
        User user = users.findById(userId).orElseThrow();
        if (user.isWelcomeEmailSent()) {
            return;
        }
        mailer.send(user.getEmail(), "Welcome to Acme", "Hi " + user.getName() + "!");
        user.setWelcomeEmailSent(true);
        users.save(user);
    }
}
