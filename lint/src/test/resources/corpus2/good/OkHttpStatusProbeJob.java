// GOOD: OkHttp GET via execute(); result stored absolutely
package com.acme.worker;

import dev.errand.Job1;
import dev.errand.JobSpec;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import redis.clients.jedis.Jedis;

public class OkHttpStatusProbeJob implements Job1<String> {
    public static final JobSpec<OkHttpStatusProbeJob> SPEC =
            JobSpec.of(OkHttpStatusProbeJob.class).build();
    private final OkHttpClient client;
    private final Jedis redis;

    public OkHttpStatusProbeJob(OkHttpClient client, Jedis redis) {
        this.client = client;
        this.redis = redis;
    }

    @Override
    public void perform(String url) throws Exception {
        Request request = new Request.Builder().url(url).get().build();
        try (Response response = client.newCall(request).execute()) {
            redis.set("probe:" + url, String.valueOf(response.code()));
        }
    }
}
