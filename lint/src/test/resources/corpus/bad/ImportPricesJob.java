// corpus: bad ERR001
package corpus.bad;

import dev.errand.Job1;
import java.math.BigDecimal;
import java.util.Map;

public class ImportPricesJob implements Job1<Map<Long, BigDecimal>> {
    @Override
    public void perform(Map<Long, BigDecimal> pricesByProductId) {
        pricesByProductId.forEach((id, price) -> update(id, price));
    }

    private void update(Long id, BigDecimal price) {}
}
