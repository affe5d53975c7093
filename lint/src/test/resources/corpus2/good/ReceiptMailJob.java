// GOOD: SET NX EX claim via SetParams; null result means someone else claimed it
package com.acme.worker;

import com.acme.domain.EmailMessage;
import com.acme.mail.Mailer;
import dev.errand.Job2;
import dev.errand.JobSpec;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.params.SetParams;

public class ReceiptMailJob implements Job2<Long, String> {
    public static final JobSpec<ReceiptMailJob> SPEC =
            JobSpec.of(ReceiptMailJob.class).queue("mailers").build();
    private final JedisPool pool;
    private final Mailer mailer;

    public ReceiptMailJob(JedisPool pool, Mailer mailer) {
        this.pool = pool;
        this.mailer = mailer;
    }

    @Override
    public void perform(Long orderId, String email) {
        try (Jedis jedis = pool.getResource()) {
            String claimed =
                    jedis.set("receipt:" + orderId, "1", SetParams.setParams().nx().ex(86_400));
            if (claimed == null) {
                return;
            }
        }
        mailer.deliver(new EmailMessage(email, "Your receipt", "Order #" + orderId));
    }
}
