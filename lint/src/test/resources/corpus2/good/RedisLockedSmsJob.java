// GOOD: setnx claim before sending
package com.acme.worker;

import com.acme.notify.SmsGateway;
import dev.errand.Job2;
import dev.errand.JobSpec;
import redis.clients.jedis.Jedis;

public class RedisLockedSmsJob implements Job2<String, String> {
    public static final JobSpec<RedisLockedSmsJob> SPEC =
            JobSpec.of(RedisLockedSmsJob.class).queue("sms").build();
    private final Jedis redis;
    private final SmsGateway sms;

    public RedisLockedSmsJob(Jedis redis, SmsGateway sms) {
        this.redis = redis;
        this.sms = sms;
    }

    @Override
    public void perform(String phone, String messageRef) {
        if (redis.setnx("sms-sent:" + messageRef, "1") == 0) {
            return;
        }
        redis.expire("sms-sent:" + messageRef, 7 * 24 * 3600);
        sms.sendSms(phone, "Your code: " + messageRef.substring(0, 6));
    }
}
