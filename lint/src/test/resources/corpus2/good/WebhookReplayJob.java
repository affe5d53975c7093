// GOOD: @Idempotent(reason) on a webhook delivery; receivers dedup by event id
package com.acme.worker;

import com.acme.domain.Webhook;
import com.acme.repo.WebhookRepository;
import dev.errand.Idempotent;
import dev.errand.Job2;
import dev.errand.JobSpec;
import org.springframework.http.HttpEntity;
import org.springframework.web.client.RestTemplate;

@Idempotent(
        reason =
                "every payload carries event_id; subscribers are contractually required to dedupe"
                        + " on it")
public class WebhookReplayJob implements Job2<Long, String> {
    public static final JobSpec<WebhookReplayJob> SPEC =
            JobSpec.of(WebhookReplayJob.class).queue("webhooks").build();
    private final WebhookRepository webhooks;
    private final RestTemplate http;

    public WebhookReplayJob(WebhookRepository webhooks, RestTemplate http) {
        this.webhooks = webhooks;
        this.http = http;
    }

    @Override
    public void perform(Long webhookId, String payload) {
        Webhook hook = webhooks.findById(webhookId).orElseThrow();
        http.postForEntity(hook.getUrl(), new HttpEntity<>(payload), String.class);
    }
}
