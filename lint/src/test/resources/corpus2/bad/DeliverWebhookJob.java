// INTENDED: ERR003 - RestTemplate.postForEntity to a customer webhook, no idempotency header
package com.acme.jobs;

import com.acme.domain.Webhook;
import com.acme.repo.WebhookRepository;
import com.acme.webhooks.WebhookSigner;
import dev.errand.Job2;
import dev.errand.JobSpec;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestTemplate;

public class DeliverWebhookJob implements Job2<Long, String> {
    public static final JobSpec<DeliverWebhookJob> SPEC =
            JobSpec.of(DeliverWebhookJob.class).queue("webhooks").retry(10).build();
    private final WebhookRepository webhooks;
    private final RestTemplate http;
    private final WebhookSigner signer;

    public DeliverWebhookJob(WebhookRepository webhooks, RestTemplate http, WebhookSigner signer) {
        this.webhooks = webhooks;
        this.http = http;
        this.signer = signer;
    }

    @Override
    public void perform(Long webhookId, String payload) {
        Webhook hook = webhooks.findById(webhookId).orElseThrow();
        if (!hook.isEnabled()) {
            return;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Acme-Signature", signer.sign(hook.getSecret(), payload));
        ResponseEntity<String> response =
                http.postForEntity(hook.getUrl(), new HttpEntity<>(payload, headers), String.class);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new IllegalStateException(
                    "webhook " + webhookId + " answered " + response.getStatusCode().value());
        }
    }
}
