// GOOD: HTTP GET via java.net.http, result stored in an in-memory Map with put()
package com.acme.worker;

import dev.errand.Job1;
import dev.errand.JobSpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class CdnCacheWarmupJob implements Job1<String> {
    public static final JobSpec<CdnCacheWarmupJob> SPEC =
            JobSpec.of(CdnCacheWarmupJob.class).build();
    private static final Map<String, Integer> LAST_STATUS = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public void perform(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        LAST_STATUS.put(url, response.statusCode());
    }
}
