// INTENDED: ERR007 - findAll(Sort) over the whole product table
package com.acme.jobs;

import com.acme.domain.Product;
import com.acme.repo.ProductRepository;
import com.acme.search.SearchIndexer;
import dev.errand.Job0;
import dev.errand.JobSpec;
import java.util.Map;
import org.springframework.data.domain.Sort;

public class RebuildProductCatalogJob implements Job0 {
    public static final JobSpec<RebuildProductCatalogJob> SPEC =
            JobSpec.of(RebuildProductCatalogJob.class).build();
    private final ProductRepository products;
    private final SearchIndexer indexer;

    public RebuildProductCatalogJob(ProductRepository products, SearchIndexer indexer) {
        this.products = products;
        this.indexer = indexer;
    }

    @Override
    public void perform() {
        for (Product p : products.findAll(Sort.by("sku"))) {
            indexer.index(
                    "product-" + p.getId(),
                    Map.of("sku", p.getSku(), "price", p.getPrice().toPlainString()));
        }
    }
}
