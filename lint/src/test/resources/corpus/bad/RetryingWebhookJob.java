// corpus: bad ERR004
package corpus.bad;

import com.acme.shop.WebhookClient;
import dev.errand.Job2;

public class RetryingWebhookJob implements Job2<String, String> {
    private final WebhookClient client;

    public RetryingWebhookJob(WebhookClient client) {
        this.client = client;
    }

    @Override
    public void perform(String url, String payload) throws Exception {
        int attempt = 0;
        while (true) {
            int status = client.post(url, payload);
            if (status < 300) {
                return;
            }
            attempt++;
            Thread.sleep(1000L * attempt * attempt);
        }
    }
}
