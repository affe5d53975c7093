// corpus: good
package corpus.good;

import com.acme.shop.User;
import com.acme.shop.UserRepository;
import dev.errand.Job0;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public class ExpireTrialsJob implements Job0 {
    UserRepository users;

    @Override
    public void perform() {
        Page<User> page = users.findByActiveTrue(Pageable.ofSize(100));
        page.getContent().forEach(u -> u.setWelcomeEmailSent(false));
        users.saveAll(page.getContent());
    }
}
