// corpus: good
package corpus.good;

import dev.errand.Job3;
import java.math.BigDecimal;

public class ConvertCurrencyJob implements Job3<Long, BigDecimal, String> {
    @Override
    public void perform(Long invoiceId, BigDecimal amount, String currency) {
        BigDecimal converted = amount.multiply(rate(currency));
    }

    private BigDecimal rate(String currency) {
        return BigDecimal.ONE;
    }
}
