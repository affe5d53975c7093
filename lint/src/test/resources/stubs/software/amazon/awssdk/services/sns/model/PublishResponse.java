package software.amazon.awssdk.services.sns.model;

public class PublishResponse {
    public String messageId() {
        return null;
    }
}
