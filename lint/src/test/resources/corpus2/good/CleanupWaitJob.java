// GOOD: InterruptedException: cleanup then rethrow as is
package com.acme.worker;

import com.acme.util.RateLimiter;
import dev.errand.Job1;
import dev.errand.JobSpec;
import redis.clients.jedis.Jedis;

public class CleanupWaitJob implements Job1<String> {
    public static final JobSpec<CleanupWaitJob> SPEC = JobSpec.of(CleanupWaitJob.class).build();
    private final RateLimiter limiter;
    private final Jedis redis;

    public CleanupWaitJob(RateLimiter limiter, Jedis redis) {
        this.limiter = limiter;
        this.redis = redis;
    }

    @Override
    public void perform(String key) throws InterruptedException {
        redis.set("lock:" + key, "1");
        try {
            limiter.acquire();
        } catch (InterruptedException e) {
            redis.del("lock:" + key);
            throw e;
        }
        redis.del(key, "lock:" + key);
    }
}
