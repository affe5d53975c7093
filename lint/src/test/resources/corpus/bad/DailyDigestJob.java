// corpus: bad ERR007
package corpus.bad;

import dev.errand.Job0;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

public class DailyDigestJob implements Job0 {
    private static final String ALL_USERS_SQL = "SELECT id, email, name FROM users";
    JdbcTemplate jdbc;

    @Override
    public void perform() {
        List<Map<String, Object>> rows = jdbc.queryForList(ALL_USERS_SQL);
        rows.forEach(row -> digest(row.get("id")));
    }

    private void digest(Object userId) {}
}
