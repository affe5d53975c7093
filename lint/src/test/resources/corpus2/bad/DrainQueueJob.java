// INTENDED: ERR006 - InterruptedException -> return, flag dropped
package com.acme.jobs;

import com.acme.search.SearchIndexer;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

public class DrainQueueJob implements Job1<Integer> {
    public static final JobSpec<DrainQueueJob> SPEC = JobSpec.of(DrainQueueJob.class).build();
    private final BlockingQueue<String> pendingIds;
    private final SearchIndexer indexer;

    public DrainQueueJob(BlockingQueue<String> pendingIds, SearchIndexer indexer) {
        this.pendingIds = pendingIds;
        this.indexer = indexer;
    }

    @Override
    public void perform(Integer max) {
        for (int i = 0; i < max; i++) {
            String id;
            try {
                id = pendingIds.poll(2, TimeUnit.SECONDS);
            } catch (InterruptedException shuttingDown) {
                return; // worker is shutting down
            }
            if (id == null) {
                return;
            }
            indexer.index(id, Map.of("refreshed", true));
        }
    }
}
