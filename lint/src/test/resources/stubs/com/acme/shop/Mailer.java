package com.acme.shop;

public interface Mailer {
    void send(String to, String subject, String body);

    void send(Email email);

    void sendTemplate(String to, String template, java.util.Map<String, Object> model);
}
