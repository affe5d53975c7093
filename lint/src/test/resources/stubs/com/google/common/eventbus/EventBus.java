package com.google.common.eventbus;

public class EventBus {
    public void post(Object event) {}
}
