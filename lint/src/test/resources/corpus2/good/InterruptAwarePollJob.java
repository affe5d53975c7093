// GOOD: InterruptedException: restore flag and return
package com.acme.worker;

import com.acme.search.SearchIndexer;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

public class InterruptAwarePollJob implements Job1<Integer> {
    public static final JobSpec<InterruptAwarePollJob> SPEC =
            JobSpec.of(InterruptAwarePollJob.class).build();
    private final BlockingQueue<String> pending;
    private final SearchIndexer indexer;

    public InterruptAwarePollJob(BlockingQueue<String> pending, SearchIndexer indexer) {
        this.pending = pending;
        this.indexer = indexer;
    }

    @Override
    public void perform(Integer max) {
        for (int i = 0; i < max; i++) {
            String id;
            try {
                id = pending.poll(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (id == null) {
                break;
            }
            indexer.index(id, Map.of("fresh", true));
        }
    }
}
