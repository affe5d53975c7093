package org.apache.kafka.clients.producer;

public class ProducerRecord<K, V> {
    public ProducerRecord(String topic, K key, V value) {}

    public org.apache.kafka.common.header.Headers headers() {
        return null;
    }
}
