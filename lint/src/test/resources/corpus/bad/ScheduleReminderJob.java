// corpus: bad ERR001
package corpus.bad;

import dev.errand.Job2;
import java.time.LocalDateTime;

public class ScheduleReminderJob implements Job2<Long, LocalDateTime> {
    @Override
    public void perform(Long appointmentId, LocalDateTime startsAt) {
        System.out.println("remind " + appointmentId + " at " + startsAt.minusHours(1));
    }
}
