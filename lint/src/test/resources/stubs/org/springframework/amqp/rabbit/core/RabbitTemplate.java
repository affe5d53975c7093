package org.springframework.amqp.rabbit.core;

public class RabbitTemplate {
    public void convertAndSend(String exchange, String routingKey, Object message) {}
}
