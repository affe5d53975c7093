package dev.errand.samples.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A search index of users; putting a document replaces the previous one. */
public class SearchIndex {
    private final Map<Long, String> documents = new ConcurrentHashMap<>();

    public void put(long userId, String document) {
        documents.put(userId, document);
    }

    public Map<Long, String> documents() {
        return Map.copyOf(documents);
    }
}
