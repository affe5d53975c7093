package com.acme.storage;

public interface BlobStore {
    void put(String key, byte[] data);

    byte[] get(String key);

    boolean exists(String key);
}
