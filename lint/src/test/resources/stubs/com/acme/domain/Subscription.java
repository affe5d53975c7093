package com.acme.domain;

@jakarta.persistence.Entity
public class Subscription {
    @jakarta.persistence.Id private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    private Long userId;

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long v) {
        this.userId = v;
    }

    private String plan;

    public String getPlan() {
        return plan;
    }

    public void setPlan(String v) {
        this.plan = v;
    }

    private SubscriptionStatus status;

    public SubscriptionStatus getStatus() {
        return status;
    }

    public void setStatus(SubscriptionStatus v) {
        this.status = v;
    }

    private java.time.Instant renewsAt;

    public java.time.Instant getRenewsAt() {
        return renewsAt;
    }

    public void setRenewsAt(java.time.Instant v) {
        this.renewsAt = v;
    }

    private String lastRenewalPeriod;

    public String getLastRenewalPeriod() {
        return lastRenewalPeriod;
    }

    public void setLastRenewalPeriod(String v) {
        this.lastRenewalPeriod = v;
    }

    private java.math.BigDecimal price;

    public java.math.BigDecimal getPrice() {
        return price;
    }

    public void setPrice(java.math.BigDecimal v) {
        this.price = v;
    }

    private String paymentMethodId;

    public String getPaymentMethodId() {
        return paymentMethodId;
    }

    public void setPaymentMethodId(String v) {
        this.paymentMethodId = v;
    }
}
