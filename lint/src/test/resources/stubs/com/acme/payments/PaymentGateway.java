package com.acme.payments;

public interface PaymentGateway {
    String charge(String paymentToken, java.math.BigDecimal amount, String currency);

    String charge(
            String paymentToken,
            java.math.BigDecimal amount,
            String currency,
            String idempotencyKey);

    void refund(String chargeId, java.math.BigDecimal amount);

    void refund(String chargeId, java.math.BigDecimal amount, String idempotencyKey);

    String capture(String authorizationId);

    PaymentStatusView lookup(String chargeId);

    record PaymentStatusView(String id, String state) {}
}
