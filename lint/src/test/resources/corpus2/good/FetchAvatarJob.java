// GOOD: HTTP GET with RestTemplate.getForObject and java.net.http GET
package com.acme.worker;

import com.acme.storage.BlobStore;
import dev.errand.Job2;
import dev.errand.JobSpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.web.client.RestTemplate;

public class FetchAvatarJob implements Job2<Long, String> {
    public static final JobSpec<FetchAvatarJob> SPEC = JobSpec.of(FetchAvatarJob.class).build();
    private final RestTemplate rest;
    private final HttpClient http;
    private final BlobStore store;

    public FetchAvatarJob(RestTemplate rest, HttpClient http, BlobStore store) {
        this.rest = rest;
        this.http = http;
        this.store = store;
    }

    @Override
    public void perform(Long userId, String email) throws Exception {
        String hash =
                rest.getForObject(
                        "https://gravatar.example.com/hash?email={e}", String.class, email);
        HttpRequest req =
                HttpRequest.newBuilder(URI.create("https://gravatar.example.com/avatar/" + hash))
                        .GET()
                        .build();
        HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        if (resp.statusCode() != 200) {
            throw new IllegalStateException("avatar fetch failed: " + resp.statusCode());
        }
        store.put("avatars/" + userId, resp.body());
    }
}
