package software.amazon.awssdk.services.sns;

public interface SnsClient {
    software.amazon.awssdk.services.sns.model.PublishResponse publish(
            software.amazon.awssdk.services.sns.model.PublishRequest r);
}
