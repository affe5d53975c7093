// INTENDED: ERR005 - empty catch of IOException without comment
package com.acme.jobs;

import com.acme.domain.Product;
import com.acme.repo.ProductRepository;
import com.acme.storage.BlobStore;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

public class ImportSupplierFeedJob implements Job1<String> {
    public static final JobSpec<ImportSupplierFeedJob> SPEC =
            JobSpec.of(ImportSupplierFeedJob.class).build();
    private final BlobStore store;
    private final ProductRepository products;

    public ImportSupplierFeedJob(BlobStore store, ProductRepository products) {
        this.store = store;
        this.products = products;
    }

    @Override
    public void perform(String feedKey) {
        byte[] feed = store.get(feedKey);
        try (BufferedReader reader =
                new BufferedReader(
                        new InputStreamReader(
                                new ByteArrayInputStream(feed), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cols = line.split(",");
                for (Product p : products.findBySku(cols[0])) {
                    p.setStock(Integer.parseInt(cols[1]));
                    products.save(p);
                }
            }
        } catch (IOException e) {
        }
    }
}
