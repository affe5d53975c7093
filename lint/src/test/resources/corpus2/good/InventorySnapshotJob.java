// GOOD: absolute stock write read from the source of truth
package com.acme.worker;

import com.acme.domain.Product;
import com.acme.inventory.InventoryClient;
import com.acme.repo.ProductRepository;
import dev.errand.Job1;
import dev.errand.JobSpec;

public class InventorySnapshotJob implements Job1<Long> {
    public static final JobSpec<InventorySnapshotJob> SPEC =
            JobSpec.of(InventorySnapshotJob.class).build();
    private final ProductRepository products;
    private final InventoryClient inventory;

    public InventorySnapshotJob(ProductRepository products, InventoryClient inventory) {
        this.products = products;
        this.inventory = inventory;
    }

    @Override
    public void perform(Long productId) {
        Product p = products.findById(productId).orElseThrow();
        p.setStock(inventory.availableStock(p.getSku()));
        p.setReserved(0);
        products.save(p);
    }
}
