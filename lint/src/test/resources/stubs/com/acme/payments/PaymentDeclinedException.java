package com.acme.payments;

public class PaymentDeclinedException extends RuntimeException {
    public PaymentDeclinedException(String m) {
        super(m);
    }
}
