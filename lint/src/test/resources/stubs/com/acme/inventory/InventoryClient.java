package com.acme.inventory;

public interface InventoryClient {
    void reduceStock(String sku, int qty);

    int availableStock(String sku);

    void setStock(String sku, int qty);
}
