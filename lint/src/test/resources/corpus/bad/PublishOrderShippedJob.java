// corpus: bad ERR003
package corpus.bad;

import dev.errand.Job1;
import org.springframework.kafka.core.KafkaTemplate;

public class PublishOrderShippedJob implements Job1<Long> {
    private final KafkaTemplate<String, String> kafka;

    public PublishOrderShippedJob(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    @Override
    public void perform(Long orderId) {
        String payload = "{\"orderId\":" + orderId + ",\"event\":\"shipped\"}";
        kafka.send("order-events", payload);
    }
}
