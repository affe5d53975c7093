package com.acme.notify;

public interface SlackClient {
    void postMessage(String channel, String text);
}
