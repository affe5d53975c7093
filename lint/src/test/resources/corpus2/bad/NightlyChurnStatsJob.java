// INTENDED: ERR007 - JdbcTemplate SELECT ... FROM subscriptions with no WHERE/LIMIT
package com.acme.jobs;

import dev.errand.Job0;
import dev.errand.JobSpec;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

public class NightlyChurnStatsJob implements Job0 {
    public static final JobSpec<NightlyChurnStatsJob> SPEC =
            JobSpec.of(NightlyChurnStatsJob.class).queue("reports").build();
    private final JdbcTemplate jdbc;

    public NightlyChurnStatsJob(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void perform() {
        List<Map<String, Object>> rows =
                jdbc.queryForList("SELECT id, user_id, status, renews_at FROM subscriptions");
        long cancelled = rows.stream().filter(r -> "CANCELLED".equals(r.get("status"))).count();
        jdbc.update(
                "INSERT INTO churn_stats(day, cancelled, total) VALUES (current_date, ?, ?) ON"
                        + " CONFLICT (day) DO UPDATE SET cancelled = excluded.cancelled, total ="
                        + " excluded.total",
                cancelled,
                rows.size());
    }
}
