// corpus: good
package corpus.good;

import com.acme.shop.User;
import com.acme.shop.UserRepository;
import dev.errand.Errand;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.List;

public class RecalculateScoresPageJob implements Job1<Long> {
    static final JobSpec<RecalculateScoresPageJob> SPEC =
            JobSpec.of(RecalculateScoresPageJob.class).queue("batch").build();
    private static final int PAGE = 500;
    private final UserRepository userRepository;
    private final Errand errand;

    public RecalculateScoresPageJob(UserRepository userRepository, Errand errand) {
        this.userRepository = userRepository;
        this.errand = errand;
    }

    @Override
    public void perform(Long afterId) {
        List<Long> ids = userRepository.findIdsAfter(afterId, PAGE);
        userRepository.findAllById(ids).forEach(this::score);
        if (ids.size() == PAGE) {
            errand.enqueue(SPEC, ids.get(ids.size() - 1));
        }
    }

    private void score(User user) {}
}
