package com.acme.domain;

public enum OrderStatus {
    NEW,
    PAID,
    SHIPPED,
    CANCELLED,
    REFUNDED
}
