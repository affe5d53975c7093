package org.springframework.mail;

public class SimpleMailMessage {
    public void setTo(String... t) {}

    public void setSubject(String s) {}

    public void setText(String t) {}

    public void setFrom(String f) {}
}
