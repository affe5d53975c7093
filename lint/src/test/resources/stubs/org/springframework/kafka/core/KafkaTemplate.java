package org.springframework.kafka.core;

public class KafkaTemplate<K, V> {
    public Object send(String topic, K key, V value) { return null; }
    public Object send(String topic, V value) { return null; }
}
