package com.stripe.exception;

public class CardException extends StripeException {
    public CardException(String m) {
        super(m);
    }

    public String getDeclineCode() {
        return null;
    }
}
