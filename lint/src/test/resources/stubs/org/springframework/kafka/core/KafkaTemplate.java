package org.springframework.kafka.core;

public class KafkaTemplate<K, V> {
    public java.util.concurrent.CompletableFuture<Object> send(String topic, K key, V value) {
        return null;
    }

    public java.util.concurrent.CompletableFuture<Object> send(String topic, V value) {
        return null;
    }
}
