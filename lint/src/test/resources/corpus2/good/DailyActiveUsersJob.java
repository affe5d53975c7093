// GOOD: Redis sadd/pfadd are set semantics - idempotent
package com.acme.worker;

import dev.errand.Job2;
import dev.errand.JobSpec;
import redis.clients.jedis.Jedis;

public class DailyActiveUsersJob implements Job2<Long, String> {
    public static final JobSpec<DailyActiveUsersJob> SPEC =
            JobSpec.of(DailyActiveUsersJob.class).queue("stats").build();
    private final Jedis redis;

    public DailyActiveUsersJob(Jedis redis) {
        this.redis = redis;
    }

    @Override
    public void perform(Long userId, String day) {
        redis.sadd("dau:" + day, String.valueOf(userId));
        redis.pfadd("dau-hll:" + day, String.valueOf(userId));
        redis.set("last-active:" + userId, day);
    }
}
