// corpus: good
package corpus.good;

import com.acme.shop.User;
import com.acme.shop.UserRepository;
import dev.errand.Errand;
import dev.errand.JobSpec;
import dev.errand.RawJob;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

public class SignupController {
    private static final JobSpec<RawJob> WELCOME =
            JobSpec.named("WelcomeEmailJob").queue("mail").build();
    private static final JobSpec<RawJob> NUDGE = JobSpec.named("NudgeJob").build();
    UserRepository users;
    Errand errand;

    public Long signup(User user) {
        User saved = users.save(user);
        errand.enqueueArgs(WELCOME, List.of(saved.getId()));
        errand.with(NUDGE).in(Duration.ofDays(3)).enqueue(saved.getId(), saved.getEmail());
        errand.with(NUDGE)
                .at(Instant.now().plusSeconds(60))
                .enqueue(saved.getId(), Instant.now().toString());
        return saved.getId();
    }
}
