// GOOD: InterruptedException restores the flag and rethrows wrapped
package com.acme.worker;

import com.acme.search.SearchIndexer;
import com.acme.util.RateLimiter;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.Map;

public class QuotaAwareSyncJob implements Job1<String> {
    public static final JobSpec<QuotaAwareSyncJob> SPEC =
            JobSpec.of(QuotaAwareSyncJob.class).build();
    private final RateLimiter limiter;
    private final SearchIndexer indexer;

    public QuotaAwareSyncJob(RateLimiter limiter, SearchIndexer indexer) {
        this.limiter = limiter;
        this.indexer = indexer;
    }

    @Override
    public void perform(String docId) {
        try {
            limiter.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for quota", e);
        }
        indexer.index(docId, Map.of("synced", true));
    }
}
