// corpus: bad ERR001
package corpus.bad;

import com.acme.shop.ExportOptions;
import dev.errand.Job2;

public class ExportCsvJob implements Job2<Long, ExportOptions> {
    @Override
    public void perform(Long accountId, ExportOptions options) {
        String format = options.format;
    }
}
