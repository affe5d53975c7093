package com.acme.shop;

/** Remembers which units of work were done, keyed by a string. */
public interface ProcessedKeys {
    boolean isProcessed(String key);

    void markProcessed(String key);

    boolean claim(String key);
}
