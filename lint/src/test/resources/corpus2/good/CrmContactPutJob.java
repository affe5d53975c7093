// GOOD: HTTP PUT of the full resource at its own URL is idempotent by HTTP semantics
package com.acme.worker;

import dev.errand.Job2;
import dev.errand.JobSpec;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestTemplate;

public class CrmContactPutJob implements Job2<Long, String> {
    public static final JobSpec<CrmContactPutJob> SPEC =
            JobSpec.of(CrmContactPutJob.class).queue("crm").build();
    private final RestTemplate rest;

    public CrmContactPutJob(RestTemplate rest) {
        this.rest = rest;
    }

    @Override
    public void perform(Long userId, String contactJson) {
        rest.exchange(
                "https://crm.example.com/contacts/{id}",
                HttpMethod.PUT,
                new HttpEntity<>(contactJson),
                Void.class,
                userId);
    }
}
