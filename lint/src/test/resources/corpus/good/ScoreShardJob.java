// corpus: good
package corpus.good;

import dev.errand.Job1;
import java.util.List;

public class ScoreShardJob implements Job1<List<Long>> {
    @Override
    public void perform(List<Long> userIds) {
        double total = userIds.parallelStream().mapToDouble(this::score).sum();
    }

    private double score(Long id) {
        return id;
    }
}
