package org.springframework.mail;

public abstract class MailException extends RuntimeException {
    public MailException(String m) {
        super(m);
    }
}
