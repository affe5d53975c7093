package com.acme.domain;

@jakarta.persistence.Entity
public class OrderLine {
    @jakarta.persistence.Id private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    private Long productId;

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long v) {
        this.productId = v;
    }

    private int quantity;

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int v) {
        this.quantity = v;
    }

    private java.math.BigDecimal price;

    public java.math.BigDecimal getPrice() {
        return price;
    }

    public void setPrice(java.math.BigDecimal v) {
        this.price = v;
    }
}
