// INTENDED: ERR007 - CrudRepository.findAll() in a helper method
package com.acme.jobs;

import com.acme.domain.Webhook;
import com.acme.repo.WebhookRepository;
import dev.errand.Job0;
import dev.errand.JobSpec;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.client.RestTemplate;

public class WebhookHealthCheckJob implements Job0 {
    public static final JobSpec<WebhookHealthCheckJob> SPEC =
            JobSpec.of(WebhookHealthCheckJob.class).build();
    private final WebhookRepository webhooks;
    private final RestTemplate http;

    public WebhookHealthCheckJob(WebhookRepository webhooks, RestTemplate http) {
        this.webhooks = webhooks;
        this.http = http;
    }

    @Override
    public void perform() {
        for (Webhook hook : allHooks()) {
            String status = http.getForObject(hook.getUrl() + "/health", String.class);
            if (!"ok".equalsIgnoreCase(status) && hook.isEnabled()) {
                hook.setEnabled(false);
                webhooks.save(hook);
            }
        }
    }

    private List<Webhook> allHooks() {
        List<Webhook> result = new ArrayList<>();
        webhooks.findAll().forEach(result::add);
        return result;
    }
}
