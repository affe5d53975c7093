package com.acme.crm;

public interface CrmClient {
    CrmContact getContact(String email) throws java.io.IOException;

    void upsertContact(String email, java.util.Map<String, String> fields)
            throws java.io.IOException;

    record CrmContact(String id, String email) {}
}
