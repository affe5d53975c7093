// corpus: bad ERR003
package corpus.bad;

import dev.errand.Job1;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public class CrmWebhookJob implements Job1<String> {
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public void perform(String contactJson) throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create("https://crm.example.test/contacts"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(contactJson))
                        .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 500) {
            throw new IllegalStateException("CRM answered " + response.statusCode());
        }
    }
}
