// GOOD: aggregate queries without WHERE (count/max) and an absolute upsert
package com.acme.worker;

import dev.errand.Job0;
import dev.errand.JobSpec;
import org.springframework.jdbc.core.JdbcTemplate;

public class DailyKpiJob implements Job0 {
    public static final JobSpec<DailyKpiJob> SPEC =
            JobSpec.of(DailyKpiJob.class).queue("reports").build();
    private final JdbcTemplate jdbc;

    public DailyKpiJob(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void perform() {
        Long orders = jdbc.queryForObject("SELECT count(*) FROM orders", Long.class);
        Long maxId = jdbc.queryForObject("SELECT max(id) FROM users", Long.class);
        jdbc.update(
                "INSERT INTO kpi(day, orders, max_user_id) VALUES (current_date, ?, ?) ON CONFLICT"
                        + " (day) DO UPDATE SET orders = excluded.orders, max_user_id ="
                        + " excluded.max_user_id",
                orders,
                maxId);
    }
}
