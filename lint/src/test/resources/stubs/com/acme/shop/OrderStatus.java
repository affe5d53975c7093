package com.acme.shop;

public enum OrderStatus {
    PENDING,
    PAID,
    SHIPPED,
    CANCELLED,
    REFUNDED
}
