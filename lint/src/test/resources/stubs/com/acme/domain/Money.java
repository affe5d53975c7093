package com.acme.domain;

public record Money(java.math.BigDecimal amount, String currency) {}
