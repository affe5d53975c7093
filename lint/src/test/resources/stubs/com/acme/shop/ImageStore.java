package com.acme.shop;

public interface ImageStore {
    byte[] load(String key);

    String save(byte[] data);

    void saveThumbnail(String key, byte[] data);
}
