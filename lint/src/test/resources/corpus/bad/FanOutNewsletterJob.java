// corpus: bad ERR008
package corpus.bad;

import dev.errand.Errand;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.List;

public class FanOutNewsletterJob implements Job1<Long> {
    static final JobSpec<SendNewsletterJob> SEND =
            JobSpec.of(SendNewsletterJob.class).queue("mail").build();
    Errand errand;

    @Override
    public void perform(Long newsletterId) {
        List<Long> subscriberIds = subscribers(newsletterId);
        for (Long subscriberId : subscriberIds) {
            errand.enqueue(SEND, newsletterId, subscriberId);
        }
    }

    private List<Long> subscribers(Long id) {
        return List.of();
    }

    public static class SendNewsletterJob implements dev.errand.Job2<Long, Long> {
        @Override
        public void perform(Long newsletterId, Long subscriberId) {}
    }
}
