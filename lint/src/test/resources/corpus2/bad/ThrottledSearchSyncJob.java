// INTENDED: ERR006 - catch clears the flag with Thread.interrupted() instead of restoring it
package com.acme.jobs;

import com.acme.search.SearchIndexer;
import com.acme.util.RateLimiter;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class ThrottledSearchSyncJob implements Job1<String> {
    private static final Logger log = LoggerFactory.getLogger(ThrottledSearchSyncJob.class);
    public static final JobSpec<ThrottledSearchSyncJob> SPEC =
            JobSpec.of(ThrottledSearchSyncJob.class).build();
    private final RateLimiter limiter;
    private final SearchIndexer indexer;

    public ThrottledSearchSyncJob(RateLimiter limiter, SearchIndexer indexer) {
        this.limiter = limiter;
        this.indexer = indexer;
    }

    @Override
    public void perform(String docId) {
        try {
            limiter.acquire();
        } catch (InterruptedException e) {
            if (Thread.interrupted()) {
                log.debug("interrupt flag was set for {}", docId);
            }
        }
        indexer.index(docId, Map.of("synced", true));
    }
}
