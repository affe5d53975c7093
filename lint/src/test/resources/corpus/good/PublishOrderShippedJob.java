// corpus: good
package corpus.good;

import dev.errand.Idempotent;
import dev.errand.Job1;
import org.springframework.kafka.core.KafkaTemplate;

@Idempotent(reason = "consumers deduplicate on the order id carried as the record key")
public class PublishOrderShippedJob implements Job1<Long> {
    private final KafkaTemplate<String, String> kafka;

    public PublishOrderShippedJob(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    @Override
    public void perform(Long orderId) {
        kafka.send("order-events", String.valueOf(orderId), "{\"event\":\"shipped\"}");
    }
}
