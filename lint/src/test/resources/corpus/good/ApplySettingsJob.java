// corpus: good
package corpus.good;

import dev.errand.Job2;
import java.util.Map;

public class ApplySettingsJob implements Job2<Long, Map<String, Object>> {
    @Override
    public void perform(Long accountId, Map<String, Object> settings) {
        settings.forEach((key, value) -> apply(accountId, key, value));
    }

    private void apply(Long accountId, String key, Object value) {}
}
