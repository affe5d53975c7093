package org.apache.kafka.clients.producer;

public interface Producer<K, V> {
    java.util.concurrent.Future<RecordMetadata> send(ProducerRecord<K, V> r);

    void flush();
}
