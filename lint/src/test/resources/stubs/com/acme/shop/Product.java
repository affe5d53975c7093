package com.acme.shop;

import jakarta.persistence.Entity;

@Entity
public class Product {
    public Long getId() {
        return 1L;
    }

    public String getSku() {
        return "SKU";
    }

    public int getStock() {
        return 0;
    }

    public void setStock(int stock) {}

    public int getViewCount() {
        return 0;
    }

    public void setViewCount(int count) {}
}
