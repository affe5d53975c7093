package com.acme.shop;

public record Email(String to, String subject, String body, String messageId) {
    public static Email of(String to, String subject, String body) {
        return new Email(to, subject, body, null);
    }

    public Email withMessageId(String id) {
        return new Email(to, subject, body, id);
    }
}
