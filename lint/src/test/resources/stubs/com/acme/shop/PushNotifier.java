package com.acme.shop;

public interface PushNotifier {
    void push(Long userId, String message);
}
