package com.stripe.model;

public class Charge {
    public static Charge create(java.util.Map<String, Object> p)
            throws com.stripe.exception.StripeException {
        return null;
    }

    public static Charge create(java.util.Map<String, Object> p, com.stripe.net.RequestOptions o)
            throws com.stripe.exception.StripeException {
        return null;
    }

    public String getId() {
        return null;
    }
}
