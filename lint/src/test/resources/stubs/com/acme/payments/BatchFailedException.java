package com.acme.payments;

public class BatchFailedException extends RuntimeException {
    public BatchFailedException(String m, Throwable first) {
        super(m, first);
    }
}
