package com.acme.domain;

@jakarta.persistence.Entity
public class Order {
    @jakarta.persistence.Id private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    private Long customerId;

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long v) {
        this.customerId = v;
    }

    private java.math.BigDecimal total;

    public java.math.BigDecimal getTotal() {
        return total;
    }

    public void setTotal(java.math.BigDecimal v) {
        this.total = v;
    }

    private OrderStatus status;

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus v) {
        this.status = v;
    }

    private String currency;

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String v) {
        this.currency = v;
    }

    private String paymentToken;

    public String getPaymentToken() {
        return paymentToken;
    }

    public void setPaymentToken(String v) {
        this.paymentToken = v;
    }

    private String chargeId;

    public String getChargeId() {
        return chargeId;
    }

    public void setChargeId(String v) {
        this.chargeId = v;
    }

    private boolean confirmationSent;

    public boolean isConfirmationSent() {
        return confirmationSent;
    }

    public void setConfirmationSent(boolean v) {
        this.confirmationSent = v;
    }

    private java.time.Instant placedAt;

    public java.time.Instant getPlacedAt() {
        return placedAt;
    }

    public void setPlacedAt(java.time.Instant v) {
        this.placedAt = v;
    }

    private String trackingNumber;

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String v) {
        this.trackingNumber = v;
    }

    private java.util.List<OrderLine> lines;

    public java.util.List<OrderLine> getLines() {
        return lines;
    }

    public void setLines(java.util.List<OrderLine> v) {
        this.lines = v;
    }
}
