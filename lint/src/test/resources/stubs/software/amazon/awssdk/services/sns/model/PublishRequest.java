package software.amazon.awssdk.services.sns.model;

public class PublishRequest {
    public static Builder builder() {
        return new Builder();
    }

    public static class Builder {
        public Builder topicArn(String a) {
            return this;
        }

        public Builder message(String m) {
            return this;
        }

        public Builder messageDeduplicationId(String d) {
            return this;
        }

        public Builder messageGroupId(String g) {
            return this;
        }

        public PublishRequest build() {
            return new PublishRequest();
        }
    }
}
