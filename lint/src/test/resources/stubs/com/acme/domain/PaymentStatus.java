package com.acme.domain;

public enum PaymentStatus {
    PENDING,
    CAPTURED,
    FAILED,
    REFUNDED
}
