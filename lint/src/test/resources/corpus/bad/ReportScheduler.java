// corpus: bad ERR001
package corpus.bad;

import dev.errand.Errand;
import dev.errand.JobSpec;
import dev.errand.RawJob;
import java.time.LocalDate;

public class ReportScheduler {
    private final Errand errand;
    private static final JobSpec<RawJob> REPORT =
            JobSpec.named("DailyReportJob").queue("reports").build();

    public ReportScheduler(Errand errand) {
        this.errand = errand;
    }

    public void scheduleFor(Long accountId) {
        errand.with(REPORT).enqueue(accountId, LocalDate.now().minusDays(1));
    }
}
