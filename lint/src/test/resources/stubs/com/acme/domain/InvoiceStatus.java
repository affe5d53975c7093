package com.acme.domain;

public enum InvoiceStatus {
    DRAFT,
    OPEN,
    SENT,
    PAID,
    VOID
}
