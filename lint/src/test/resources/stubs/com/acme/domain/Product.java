package com.acme.domain;

@jakarta.persistence.Entity
public class Product {
    @jakarta.persistence.Id private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    private String sku;

    public String getSku() {
        return sku;
    }

    public void setSku(String v) {
        this.sku = v;
    }

    private int stock;

    public int getStock() {
        return stock;
    }

    public void setStock(int v) {
        this.stock = v;
    }

    private long viewCount;

    public long getViewCount() {
        return viewCount;
    }

    public void setViewCount(long v) {
        this.viewCount = v;
    }

    private java.math.BigDecimal price;

    public java.math.BigDecimal getPrice() {
        return price;
    }

    public void setPrice(java.math.BigDecimal v) {
        this.price = v;
    }

    private boolean discontinued;

    public boolean isDiscontinued() {
        return discontinued;
    }

    public void setDiscontinued(boolean v) {
        this.discontinued = v;
    }

    private int reserved;

    public int getReserved() {
        return reserved;
    }

    public void setReserved(int v) {
        this.reserved = v;
    }
}
