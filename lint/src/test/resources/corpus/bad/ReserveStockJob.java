// corpus: bad ERR002
package corpus.bad;

import dev.errand.Job2;
import org.springframework.jdbc.core.JdbcTemplate;

public class ReserveStockJob implements Job2<Long, Integer> {
    private final JdbcTemplate jdbc;

    public ReserveStockJob(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void perform(Long productId, Integer quantity) {
        jdbc.update(
                "UPDATE products SET stock = stock - ? WHERE id = ? AND stock >= ?",
                quantity,
                productId,
                quantity);
    }
}
