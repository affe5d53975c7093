package com.acme.shop;

public interface WebhookClient {
    int post(String url, String json);

    int post(String url, String json, String deliveryKey);
}
