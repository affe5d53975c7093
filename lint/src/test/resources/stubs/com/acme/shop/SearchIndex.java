package com.acme.shop;

public interface SearchIndex {
    void index(Long id, String document);

    void remove(Long id);
}
