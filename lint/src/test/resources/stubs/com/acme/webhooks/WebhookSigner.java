package com.acme.webhooks;

public interface WebhookSigner {
    String sign(String secret, String payload);
}
