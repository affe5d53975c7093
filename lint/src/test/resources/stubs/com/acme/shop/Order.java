package com.acme.shop;

import jakarta.persistence.Entity;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
public class Order {
    public Long getId() {
        return 1L;
    }

    public Long getCustomerId() {
        return 1L;
    }

    public String getCustomerEmail() {
        return "a@b.c";
    }

    public OrderStatus getStatus() {
        return OrderStatus.PENDING;
    }

    public void setStatus(OrderStatus status) {}

    public BigDecimal getTotal() {
        return BigDecimal.ONE;
    }

    public long getAmountCents() {
        return 100;
    }

    public Instant getReceiptSentAt() {
        return null;
    }

    public void setReceiptSentAt(Instant at) {}

    public String getPaymentId() {
        return null;
    }

    public void setPaymentId(String id) {}
}
