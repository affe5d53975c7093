// corpus: bad ERR003
package corpus.bad;

import com.acme.shop.PushNotifier;
import com.acme.shop.User;
import com.acme.shop.UserRepository;
import dev.errand.Job2;

public class PromoPushJob implements Job2<Long, String> {
    UserRepository users;
    PushNotifier notifier;

    @Override
    public void perform(Long userId, String campaign) {
        users.findById(userId).filter(User::isActive).ifPresent(user -> sendPromo(user, campaign));
    }

    private void sendPromo(User user, String campaign) {
        notifier.push(user.getId(), "Don't miss " + campaign);
    }
}
