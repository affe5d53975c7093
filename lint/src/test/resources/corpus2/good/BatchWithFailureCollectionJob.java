// GOOD: per-item catch collects failures and rethrows one aggregate at the end
package com.acme.worker;

import com.acme.domain.Product;
import com.acme.payments.BatchFailedException;
import com.acme.repo.ProductRepository;
import com.acme.search.SearchIndexer;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public class BatchWithFailureCollectionJob implements Job1<List<Long>> {
    public static final JobSpec<BatchWithFailureCollectionJob> SPEC =
            JobSpec.of(BatchWithFailureCollectionJob.class).build();
    private final ProductRepository products;
    private final SearchIndexer indexer;

    public BatchWithFailureCollectionJob(ProductRepository products, SearchIndexer indexer) {
        this.products = products;
        this.indexer = indexer;
    }

    @Override
    public void perform(List<Long> ids) {
        List<RuntimeException> failures = new ArrayList<>();
        for (Product p : products.findAllById(ids)) {
            try {
                indexer.index("product-" + p.getId(), Map.of("sku", p.getSku()));
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            throw new BatchFailedException(
                    failures.size() + " of " + ids.size() + " products failed", failures.get(0));
        }
    }
}
