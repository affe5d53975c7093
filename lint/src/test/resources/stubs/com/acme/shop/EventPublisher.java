package com.acme.shop;

public interface EventPublisher {
    void publish(String topic, Object event);
}
