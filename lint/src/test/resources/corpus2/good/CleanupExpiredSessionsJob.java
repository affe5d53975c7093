// GOOD: local counters (processed++, skipped++) only logged
package com.acme.worker;

import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;

public class CleanupExpiredSessionsJob implements Job1<List<String>> {
    private static final Logger log = LoggerFactory.getLogger(CleanupExpiredSessionsJob.class);
    public static final JobSpec<CleanupExpiredSessionsJob> SPEC =
            JobSpec.of(CleanupExpiredSessionsJob.class).build();
    private final Jedis redis;

    public CleanupExpiredSessionsJob(Jedis redis) {
        this.redis = redis;
    }

    @Override
    public void perform(List<String> sessionIds) {
        int processed = 0;
        int skipped = 0;
        for (String id : sessionIds) {
            if (redis.exists("session:" + id + ":pinned")) {
                skipped++;
                continue;
            }
            redis.del("session:" + id);
            processed++;
        }
        log.info("deleted {} sessions, kept {}", processed, skipped);
    }
}
