// GOOD: POST with an Idempotency-Key header built from the order id
package com.acme.worker;

import dev.errand.Job2;
import dev.errand.JobSpec;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestTemplate;

public class PartnerOrderPushJob implements Job2<Long, String> {
    public static final JobSpec<PartnerOrderPushJob> SPEC =
            JobSpec.of(PartnerOrderPushJob.class).queue("partners").build();
    private final RestTemplate rest;

    public PartnerOrderPushJob(RestTemplate rest) {
        this.rest = rest;
    }

    @Override
    public void perform(Long orderId, String payload) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Idempotency-Key", "acme-order-" + orderId);
        rest.exchange(
                "https://partner.example.com/orders",
                HttpMethod.POST,
                new HttpEntity<>(payload, headers),
                String.class);
    }
}
