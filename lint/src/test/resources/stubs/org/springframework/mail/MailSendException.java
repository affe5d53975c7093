package org.springframework.mail;

public class MailSendException extends MailException {
    public MailSendException(String m) {
        super(m);
    }
}
