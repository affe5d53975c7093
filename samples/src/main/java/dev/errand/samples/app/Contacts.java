package dev.errand.samples.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The contacts an import writes to, keyed by email so that writing a row twice is harmless. */
public class Contacts {
    private final Map<String, String> byEmail = new ConcurrentHashMap<>();

    public void upsert(String email, String name) {
        byEmail.put(email, name);
    }

    public int count() {
        return byEmail.size();
    }
}
