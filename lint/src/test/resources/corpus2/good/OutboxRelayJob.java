// GOOD: outbox relay: bounded batch, skips rows already published, marks them after sending
package com.acme.worker;

import com.acme.domain.OutboxEvent;
import com.acme.repo.OutboxRepository;
import dev.errand.Job0;
import dev.errand.JobSpec;
import org.springframework.kafka.core.KafkaTemplate;

public class OutboxRelayJob implements Job0 {
    public static final JobSpec<OutboxRelayJob> SPEC = JobSpec.of(OutboxRelayJob.class).build();
    private final OutboxRepository outbox;
    private final KafkaTemplate<String, String> kafka;

    public OutboxRelayJob(OutboxRepository outbox, KafkaTemplate<String, String> kafka) {
        this.outbox = outbox;
        this.kafka = kafka;
    }

    @Override
    public void perform() throws Exception {
        for (OutboxEvent event : outbox.findTop100ByPublishedFalseOrderByIdAsc()) {
            if (event.isPublished()) {
                continue;
            }
            kafka.send(event.getTopic(), event.getKey(), event.getPayload()).get();
            event.setPublished(true);
            outbox.save(event);
        }
    }
}
