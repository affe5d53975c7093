// GOOD: narrow catch of EntityNotFoundException discards the job with a log line
package com.acme.worker;

import com.acme.domain.Product;
import com.acme.repo.ProductRepository;
import dev.errand.Job2;
import dev.errand.JobSpec;
import jakarta.persistence.EntityNotFoundException;
import java.math.BigDecimal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class SyncProductPriceJob implements Job2<Long, String> {
    private static final Logger log = LoggerFactory.getLogger(SyncProductPriceJob.class);
    public static final JobSpec<SyncProductPriceJob> SPEC =
            JobSpec.of(SyncProductPriceJob.class).build();
    private final ProductRepository products;

    public SyncProductPriceJob(ProductRepository products) {
        this.products = products;
    }

    @Override
    public void perform(Long productId, String price) {
        Product product;
        try {
            product = products.getReferenceById(productId);
            product.setPrice(new BigDecimal(price));
        } catch (EntityNotFoundException gone) {
            log.info("product {} was deleted; nothing to update", productId);
            return;
        }
        products.save(product);
    }
}
