// INTENDED: ERR002 - Jedis zincrby on a leaderboard
package com.acme.jobs;

import dev.errand.Job2;
import dev.errand.JobSpec;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

public class LeaderboardScoreJob implements Job2<String, Integer> {
    public static final JobSpec<LeaderboardScoreJob> SPEC =
            JobSpec.of(LeaderboardScoreJob.class).build();
    private final JedisPool pool;

    public LeaderboardScoreJob(JedisPool pool) {
        this.pool = pool;
    }

    @Override
    public void perform(String playerId, Integer score) {
        try (Jedis jedis = pool.getResource()) {
            jedis.zincrby("leaderboard:weekly", score, playerId);
        }
    }
}
