// GOOD: Job2<List<Long>, Map<String, Object>> JSON-native params
package com.acme.worker;

import com.acme.search.SearchIndexer;
import dev.errand.Job2;
import dev.errand.JobSpec;
import java.util.List;
import java.util.Map;

public class BulkTagJob implements Job2<List<Long>, Map<String, Object>> {
    public static final JobSpec<BulkTagJob> SPEC = JobSpec.of(BulkTagJob.class).build();
    private final SearchIndexer indexer;

    public BulkTagJob(SearchIndexer indexer) {
        this.indexer = indexer;
    }

    @Override
    public void perform(List<Long> productIds, Map<String, Object> tags) {
        for (Long id : productIds) {
            indexer.index("product-" + id, tags);
        }
    }
}
