package com.acme.mail;

public interface EmailService {
    void sendWelcomeEmail(String to, String name);

    void sendTemplate(String to, String template, java.util.Map<String, Object> model);

    void sendInvoice(String to, String invoiceNumber, byte[] pdf);
}
