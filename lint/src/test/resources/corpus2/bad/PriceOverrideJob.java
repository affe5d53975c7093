// INTENDED: ERR001 - perform takes a Map with Long keys (JSON object keys are strings)
package com.acme.jobs;

import com.acme.domain.Product;
import com.acme.repo.ProductRepository;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.math.BigDecimal;
import java.util.Map;

public class PriceOverrideJob implements Job1<Map<Long, String>> {
    public static final JobSpec<PriceOverrideJob> SPEC = JobSpec.of(PriceOverrideJob.class).build();
    private final ProductRepository products;

    public PriceOverrideJob(ProductRepository products) {
        this.products = products;
    }

    @Override
    public void perform(Map<Long, String> pricesByProductId) {
        pricesByProductId.forEach(
                (productId, price) -> {
                    Product p = products.findById(productId).orElseThrow();
                    p.setPrice(new BigDecimal(price));
                    products.save(p);
                });
    }
}
