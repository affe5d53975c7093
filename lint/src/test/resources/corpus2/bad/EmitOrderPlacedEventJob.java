// INTENDED: ERR003 - KafkaProducer.send with no dedup
package com.acme.jobs;

import com.acme.domain.Order;
import com.acme.repo.OrderRepository;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

public class EmitOrderPlacedEventJob implements Job1<Long> {
    public static final JobSpec<EmitOrderPlacedEventJob> SPEC =
            JobSpec.of(EmitOrderPlacedEventJob.class).build();
    private final OrderRepository orders;
    private final KafkaProducer<String, String> producer;
    private final ObjectMapper json = new ObjectMapper();

    public EmitOrderPlacedEventJob(OrderRepository orders, KafkaProducer<String, String> producer) {
        this.orders = orders;
        this.producer = producer;
    }

    @Override
    public void perform(Long orderId) throws Exception {
        Order order = orders.findById(orderId).orElseThrow();
        String payload =
                json.writeValueAsString(
                        Map.of("orderId", orderId, "total", order.getTotal().toPlainString()));
        producer.send(new ProducerRecord<>("orders.placed", String.valueOf(orderId), payload))
                .get();
    }
}
