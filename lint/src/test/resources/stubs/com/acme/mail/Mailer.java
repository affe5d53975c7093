package com.acme.mail;

public interface Mailer {
    void deliver(com.acme.domain.EmailMessage m);
}
