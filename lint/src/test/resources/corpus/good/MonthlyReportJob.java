// corpus: good
package corpus.good;

import dev.errand.Job3;
import java.util.List;

public class MonthlyReportJob implements Job3<Long, String, List<Long>> {
    @Override
    public void perform(Long accountId, String month, List<Long> projectIds) {
        projectIds.forEach(id -> summarize(accountId, month, id));
    }

    private void summarize(Long accountId, String month, Long projectId) {}
}
