// corpus: bad ERR009
package corpus.bad;

import com.acme.shop.User;
import com.acme.shop.UserRepository;
import dev.errand.Errand;
import dev.errand.JobSpec;
import dev.errand.RawJob;
import java.util.List;
import org.springframework.transaction.support.TransactionTemplate;

public class OnboardingService {
    private static final JobSpec<RawJob> WELCOME = JobSpec.named("WelcomeEmailJob").build();
    private final TransactionTemplate transactionTemplate;
    private final UserRepository users;
    private final Errand errand;

    public OnboardingService(
            TransactionTemplate transactionTemplate, UserRepository users, Errand errand) {
        this.transactionTemplate = transactionTemplate;
        this.users = users;
        this.errand = errand;
    }

    public Long register(User user) {
        return transactionTemplate.execute(
                status -> {
                    User saved = users.save(user);
                    errand.enqueueArgs(WELCOME, List.of(saved.getId()));
                    return saved.getId();
                });
    }
}
