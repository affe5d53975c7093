// corpus: good
package corpus.good;

import dev.errand.Job2;
import org.springframework.jdbc.core.JdbcTemplate;

public class AuditJob implements Job2<Long, String> {
    JdbcTemplate jdbc;

    @Override
    public void perform(Long userId, String action) {
        jdbc.update(
                "INSERT INTO audit_log (user_id, action) VALUES (?, ?)" + " ON CONFLICT DO NOTHING",
                userId,
                action);
    }
}
