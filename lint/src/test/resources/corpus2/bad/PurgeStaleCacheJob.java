// INTENDED: ERR005 - catch (Throwable) that records a metric and returns
package com.acme.jobs;

import dev.errand.Job1;
import dev.errand.JobSpec;
import io.micrometer.core.instrument.MeterRegistry;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

public class PurgeStaleCacheJob implements Job1<String> {
    public static final JobSpec<PurgeStaleCacheJob> SPEC =
            JobSpec.of(PurgeStaleCacheJob.class).build();
    private final JedisPool pool;
    private final MeterRegistry metrics;

    public PurgeStaleCacheJob(JedisPool pool, MeterRegistry metrics) {
        this.pool = pool;
        this.metrics = metrics;
    }

    @Override
    public void perform(String cacheKey) {
        try (Jedis jedis = pool.getResource()) {
            jedis.del(cacheKey, cacheKey + ":meta");
        } catch (Throwable t) {
            metrics.counter("cache.purge.failed").increment();
            return;
        }
        metrics.counter("cache.purge.ok").increment();
    }
}
