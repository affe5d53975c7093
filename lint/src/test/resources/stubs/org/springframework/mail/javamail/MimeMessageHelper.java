package org.springframework.mail.javamail;

public class MimeMessageHelper {
    public MimeMessageHelper(jakarta.mail.internet.MimeMessage m, boolean multipart) {}

    public void setTo(String t) {}

    public void setSubject(String s) {}

    public void setText(String t, boolean html) {}

    public void addAttachment(String n, java.io.File f) {}
}
