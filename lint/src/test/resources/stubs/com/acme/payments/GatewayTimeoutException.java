package com.acme.payments;

public class GatewayTimeoutException extends RuntimeException {
    public GatewayTimeoutException(String m) {
        super(m);
    }
}
