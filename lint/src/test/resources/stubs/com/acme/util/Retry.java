package com.acme.util;

public final class Retry {
    public static void backoff(int attempt) throws InterruptedException {
        Thread.sleep(100L << attempt);
    }
}
