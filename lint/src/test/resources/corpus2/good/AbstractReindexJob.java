// GOOD: generic base job with a type-variable parameter
package com.acme.worker;

import com.acme.search.SearchIndexer;
import dev.errand.Job1;
import java.util.Map;

public abstract class AbstractReindexJob<T> implements Job1<T> {
    protected final SearchIndexer indexer;

    protected AbstractReindexJob(SearchIndexer indexer) {
        this.indexer = indexer;
    }

    protected abstract Map<String, Object> document(T key);

    @Override
    public void perform(T key) {
        indexer.index(String.valueOf(key), document(key));
    }
}
