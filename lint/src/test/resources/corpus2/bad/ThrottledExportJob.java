// INTENDED: ERR004 - LockSupport.parkNanos as a throttle
package com.acme.jobs;

import com.acme.domain.Product;
import com.acme.repo.ProductRepository;
import com.acme.storage.BlobStore;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.springframework.data.domain.PageRequest;

public class ThrottledExportJob implements Job1<Integer> {
    public static final JobSpec<ThrottledExportJob> SPEC =
            JobSpec.of(ThrottledExportJob.class).build();
    private final ProductRepository products;
    private final BlobStore store;

    public ThrottledExportJob(ProductRepository products, BlobStore store) {
        this.products = products;
        this.store = store;
    }

    @Override
    public void perform(Integer page) {
        List<Product> batch = products.findByDiscontinuedFalse(PageRequest.of(page, 200));
        for (Product p : batch) {
            store.put(
                    "export/products/" + p.getSku() + ".csv",
                    (p.getSku() + "," + p.getPrice()).getBytes(StandardCharsets.UTF_8));
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }
}
