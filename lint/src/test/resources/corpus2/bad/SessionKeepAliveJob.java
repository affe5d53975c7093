// INTENDED: ERR010 - java.util.Timer scheduled inside a job
package com.acme.jobs;

import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.Timer;
import java.util.TimerTask;
import redis.clients.jedis.Jedis;

public class SessionKeepAliveJob implements Job1<String> {
    public static final JobSpec<SessionKeepAliveJob> SPEC =
            JobSpec.of(SessionKeepAliveJob.class).build();
    private final Jedis redis;

    public SessionKeepAliveJob(Jedis redis) {
        this.redis = redis;
    }

    @Override
    public void perform(String sessionId) {
        Timer timer = new Timer("keepalive-" + sessionId, true);
        timer.schedule(
                new TimerTask() {
                    @Override
                    public void run() {
                        redis.expire("session:" + sessionId, 1800);
                    }
                },
                0,
                60_000);
    }
}
