// INTENDED: ERR003 - OkHttp POST via newCall(request).execute(), no idempotency
package com.acme.jobs;

import dev.errand.Job2;
import dev.errand.JobSpec;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

public class SyncLeadToCrmJob implements Job2<String, String> {
    public static final JobSpec<SyncLeadToCrmJob> SPEC =
            JobSpec.of(SyncLeadToCrmJob.class).queue("crm").build();
    private static final MediaType JSON = MediaType.get("application/json");
    private final OkHttpClient client;

    public SyncLeadToCrmJob(OkHttpClient client) {
        this.client = client;
    }

    @Override
    public void perform(String email, String source) throws Exception {
        String body = "{\"email\":\"" + email + "\",\"source\":\"" + source + "\"}";
        Request request =
                new Request.Builder()
                        .url("https://crm.example.com/api/leads")
                        .post(RequestBody.create(body, JSON))
                        .build();
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IllegalStateException("CRM answered " + response.code());
            }
        }
    }
}
