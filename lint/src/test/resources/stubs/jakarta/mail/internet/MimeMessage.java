package jakarta.mail.internet;

public class MimeMessage {
    public void setHeader(String k, String v) {}
}
