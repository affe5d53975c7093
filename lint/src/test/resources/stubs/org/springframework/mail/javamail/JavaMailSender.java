package org.springframework.mail.javamail;

public interface JavaMailSender extends org.springframework.mail.MailSender {
    jakarta.mail.internet.MimeMessage createMimeMessage();

    void send(jakarta.mail.internet.MimeMessage m);
}
