package com.acme.shop;

public interface PaymentGateway {
    String charge(Long customerId, long amountCents);

    String charge(ChargeRequest request);

    void refund(String paymentId, long amountCents);

    String findChargeByReference(String reference);
}
