// INTENDED: ERR010 - CompletableFuture.supplyAsync fan-out inside a job
package com.acme.jobs;

import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.springframework.web.client.RestTemplate;
import redis.clients.jedis.Jedis;

public class PriceComparisonJob implements Job1<String> {
    public static final JobSpec<PriceComparisonJob> SPEC =
            JobSpec.of(PriceComparisonJob.class).build();
    private static final List<String> COMPETITORS =
            List.of("https://a.example.com", "https://b.example.com");
    private final RestTemplate http;
    private final Jedis redis;

    public PriceComparisonJob(RestTemplate http, Jedis redis) {
        this.http = http;
        this.redis = redis;
    }

    @Override
    public void perform(String sku) {
        List<CompletableFuture<String>> quotes =
                COMPETITORS.stream()
                        .map(
                                base ->
                                        CompletableFuture.supplyAsync(
                                                () ->
                                                        http.getForObject(
                                                                base + "/price/" + sku,
                                                                String.class)))
                        .collect(Collectors.toList());
        String joined =
                quotes.stream().map(CompletableFuture::join).collect(Collectors.joining(","));
        redis.set("competitor-prices:" + sku, joined);
    }
}
