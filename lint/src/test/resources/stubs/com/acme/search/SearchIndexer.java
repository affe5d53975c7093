package com.acme.search;

public interface SearchIndexer {
    void index(String id, java.util.Map<String, Object> doc);

    void delete(String id);
}
