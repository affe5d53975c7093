package dev.errand.samples.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A client of an external CRM's HTTP API. Upserting a contact by email is idempotent on the CRM's
 * side, which is what makes it safe to retry.
 */
public class Crm {
    private final Map<String, String> contacts = new ConcurrentHashMap<>();

    /** Creates or updates the contact with this email. */
    public void upsertContact(String email, String name) {
        contacts.put(email, name);
    }

    public Map<String, String> contacts() {
        return Map.copyOf(contacts);
    }
}
