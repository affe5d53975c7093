package com.stripe.exception;

public class StripeException extends Exception {
    public StripeException(String m) {
        super(m);
    }
}
