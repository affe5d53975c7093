// INTENDED: ERR002 - Redis hincrBy on a per-user hash
package com.acme.jobs;

import dev.errand.Job1;
import dev.errand.JobSpec;
import java.time.LocalDate;
import redis.clients.jedis.Jedis;

public class TrackLoginJob implements Job1<Long> {
    public static final JobSpec<TrackLoginJob> SPEC =
            JobSpec.of(TrackLoginJob.class).queue("stats").build();
    private final Jedis redis;

    public TrackLoginJob(Jedis redis) {
        this.redis = redis;
    }

    @Override
    public void perform(Long userId) {
        String day = LocalDate.now().toString();
        redis.hincrBy("logins:" + day, String.valueOf(userId), 1);
    }
}
