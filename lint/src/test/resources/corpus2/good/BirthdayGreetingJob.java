// GOOD: boolean local `already` from a Redis set membership; if (already) return;
package com.acme.worker;

import com.acme.domain.User;
import com.acme.mail.EmailService;
import com.acme.repo.UserRepository;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.time.Year;
import java.util.Map;
import redis.clients.jedis.Jedis;

public class BirthdayGreetingJob implements Job1<Long> {
    public static final JobSpec<BirthdayGreetingJob> SPEC =
            JobSpec.of(BirthdayGreetingJob.class).queue("mailers").build();
    private final UserRepository users;
    private final EmailService email;
    private final Jedis redis;

    public BirthdayGreetingJob(UserRepository users, EmailService email, Jedis redis) {
        this.users = users;
        this.email = email;
        this.redis = redis;
    }

    @Override
    public void perform(Long userId) {
        String key = "birthday-greeted:" + Year.now();
        boolean already = redis.sismember(key, String.valueOf(userId));
        if (already) {
            return;
        }
        User u = users.findById(userId).orElseThrow();
        email.sendTemplate(u.getEmail(), "birthday", Map.of("name", u.getName()));
        redis.sadd(key, String.valueOf(userId));
    }
}
