package com.acme.util;

public interface RateLimiter {
    void acquire() throws InterruptedException;

    boolean tryAcquire();
}
