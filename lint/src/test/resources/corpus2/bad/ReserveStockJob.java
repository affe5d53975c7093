// INTENDED: ERR002 - inventory.reduceStock for each order line
package com.acme.jobs;

import com.acme.domain.Order;
import com.acme.domain.OrderLine;
import com.acme.domain.Product;
import com.acme.inventory.InventoryClient;
import com.acme.repo.OrderRepository;
import com.acme.repo.ProductRepository;
import dev.errand.Job1;
import dev.errand.JobSpec;

public class ReserveStockJob implements Job1<Long> {
    public static final JobSpec<ReserveStockJob> SPEC =
            JobSpec.of(ReserveStockJob.class).queue("fulfilment").build();
    private final OrderRepository orders;
    private final ProductRepository products;
    private final InventoryClient inventory;

    public ReserveStockJob(
            OrderRepository orders, ProductRepository products, InventoryClient inventory) {
        this.orders = orders;
        this.products = products;
        this.inventory = inventory;
    }

    @Override
    public void perform(Long orderId) {
        Order order = orders.findById(orderId).orElseThrow();
        for (OrderLine line : order.getLines()) {
            Product product = products.findById(line.getProductId()).orElseThrow();
            inventory.reduceStock(product.getSku(), line.getQuantity());
        }
    }
}
