// GOOD: SELECT with WHERE id > ? ORDER BY id LIMIT ?; next chunk enqueued
package com.acme.worker;

import com.acme.storage.BlobStore;
import dev.errand.Job1;
import dev.errand.JobClient;
import dev.errand.JobSpec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

public class KeysetExportJob implements Job1<Long> {
    public static final JobSpec<KeysetExportJob> SPEC =
            JobSpec.of(KeysetExportJob.class).queue("exports").build();
    private static final int CHUNK = 1000;
    private final JdbcTemplate jdbc;
    private final BlobStore store;
    private final JobClient jobs;

    public KeysetExportJob(JdbcTemplate jdbc, BlobStore store, JobClient jobs) {
        this.jdbc = jdbc;
        this.store = store;
        this.jobs = jobs;
    }

    @Override
    public void perform(Long afterId) {
        List<Map<String, Object>> rows =
                jdbc.queryForList(
                        "SELECT id, email FROM users WHERE id > ? ORDER BY id LIMIT ?",
                        afterId,
                        CHUNK);
        if (rows.isEmpty()) {
            return;
        }
        String csv =
                rows.stream()
                        .map(r -> r.get("id") + "," + r.get("email"))
                        .collect(Collectors.joining("\n"));
        store.put("exports/users-after-" + afterId + ".csv", csv.getBytes(StandardCharsets.UTF_8));
        Long last = ((Number) rows.get(rows.size() - 1).get("id")).longValue();
        jobs.enqueue(SPEC, last);
    }
}
