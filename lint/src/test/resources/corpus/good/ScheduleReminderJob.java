// corpus: good
package corpus.good;

import dev.errand.Job2;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class ScheduleReminderJob implements Job2<Long, String> {
    private static final Logger log = LoggerFactory.getLogger(ScheduleReminderJob.class);

    @Override
    public void perform(Long appointmentId, String startsAtIso) {
        LocalDateTime startsAt = LocalDateTime.parse(startsAtIso);
        log.info("reminder for {} at {}", appointmentId, startsAt.minusHours(1));
    }
}
