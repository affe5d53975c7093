// GOOD: SNS FIFO publish with messageDeduplicationId
package com.acme.worker;

import dev.errand.Job2;
import dev.errand.JobSpec;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.PublishRequest;

public class SnsOrderEventJob implements Job2<Long, String> {
    public static final JobSpec<SnsOrderEventJob> SPEC = JobSpec.of(SnsOrderEventJob.class).build();
    private final SnsClient sns;

    public SnsOrderEventJob(SnsClient sns) {
        this.sns = sns;
    }

    @Override
    public void perform(Long orderId, String eventType) {
        sns.publish(
                PublishRequest.builder()
                        .topicArn("arn:aws:sns:eu-west-1:123:orders.fifo")
                        .messageGroupId(String.valueOf(orderId))
                        .messageDeduplicationId(eventType + ":" + orderId)
                        .message("{\"orderId\":" + orderId + ",\"type\":\"" + eventType + "\"}")
                        .build());
    }
}
