// GOOD: ledger entry keyed by a natural reference (postEntry(ref, ...)) with an existence check
package com.acme.worker;

import com.acme.ledger.LedgerClient;
import dev.errand.Job3;
import dev.errand.JobSpec;
import java.math.BigDecimal;
import redis.clients.jedis.Jedis;

public class JobIdKeyedLedgerJob implements Job3<String, Long, String> {
    public static final JobSpec<JobIdKeyedLedgerJob> SPEC =
            JobSpec.of(JobIdKeyedLedgerJob.class).queue("ledger").build();
    private final LedgerClient ledger;
    private final Jedis redis;

    public JobIdKeyedLedgerJob(LedgerClient ledger, Jedis redis) {
        this.ledger = ledger;
        this.redis = redis;
    }

    @Override
    public void perform(String transferRef, Long accountId, String amount) {
        if (redis.exists("ledger-posted:" + transferRef)) {
            return;
        }
        ledger.postEntry(transferRef, accountId, new BigDecimal(amount));
        redis.set("ledger-posted:" + transferRef, "1");
    }
}
