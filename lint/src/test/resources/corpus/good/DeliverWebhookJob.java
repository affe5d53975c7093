// corpus: good
package corpus.good;

import com.acme.shop.WebhookClient;
import dev.errand.Job3;

public class DeliverWebhookJob implements Job3<String, String, String> {
    private final WebhookClient client;

    public DeliverWebhookJob(WebhookClient client) {
        this.client = client;
    }

    @Override
    public void perform(String url, String payload, String idempotencyKey) {
        int status = client.post(url, payload, idempotencyKey);
        if (status >= 500) {
            throw new IllegalStateException("webhook " + url + " answered " + status);
        }
    }
}
