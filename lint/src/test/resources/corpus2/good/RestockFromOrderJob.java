// GOOD: compound assignment on a local, written with an absolute set
package com.acme.worker;

import com.acme.domain.Order;
import com.acme.domain.OrderLine;
import com.acme.domain.Product;
import com.acme.inventory.InventoryClient;
import com.acme.repo.OrderRepository;
import com.acme.repo.ProductRepository;
import dev.errand.Job1;
import dev.errand.JobSpec;

public class RestockFromOrderJob implements Job1<Long> {
    public static final JobSpec<RestockFromOrderJob> SPEC =
            JobSpec.of(RestockFromOrderJob.class).build();
    private final OrderRepository orders;
    private final ProductRepository products;
    private final InventoryClient inventory;

    public RestockFromOrderJob(
            OrderRepository orders, ProductRepository products, InventoryClient inventory) {
        this.orders = orders;
        this.products = products;
        this.inventory = inventory;
    }

    @Override
    public void perform(Long productId) {
        Product product = products.findById(productId).orElseThrow();
        int reserved = 0;
        for (Order o : orders.findTop500ByStatusOrderByIdAsc(com.acme.domain.OrderStatus.NEW)) {
            for (OrderLine line : o.getLines()) {
                if (productId.equals(line.getProductId())) {
                    reserved += line.getQuantity();
                }
            }
        }
        product.setReserved(reserved);
        inventory.setStock(product.getSku(), inventory.availableStock(product.getSku()));
        products.save(product);
    }
}
