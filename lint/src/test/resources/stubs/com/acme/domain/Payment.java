package com.acme.domain;

@jakarta.persistence.Entity
public class Payment {
    @jakarta.persistence.Id private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    private Long orderId;

    public Long getOrderId() {
        return orderId;
    }

    public void setOrderId(Long v) {
        this.orderId = v;
    }

    private java.math.BigDecimal amount;

    public java.math.BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(java.math.BigDecimal v) {
        this.amount = v;
    }

    private PaymentStatus status;

    public PaymentStatus getStatus() {
        return status;
    }

    public void setStatus(PaymentStatus v) {
        this.status = v;
    }

    private String providerRef;

    public String getProviderRef() {
        return providerRef;
    }

    public void setProviderRef(String v) {
        this.providerRef = v;
    }

    private String idempotencyKey;

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String v) {
        this.idempotencyKey = v;
    }
}
