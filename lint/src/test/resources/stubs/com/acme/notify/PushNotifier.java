package com.acme.notify;

public interface PushNotifier {
    void pushToDevice(String token, String title, String body);
}
