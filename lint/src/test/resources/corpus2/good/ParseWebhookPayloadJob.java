// GOOD: malformed JSON turned into a discarded job via a custom exception listed in discardOn
package com.acme.worker;

import com.acme.storage.BlobStore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.nio.charset.StandardCharsets;
import java.util.Map;

public class ParseWebhookPayloadJob implements Job1<String> {
    public static class MalformedPayload extends RuntimeException {
        public MalformedPayload(String m, Throwable cause) {
            super(m, cause);
        }
    }

    public static final JobSpec<ParseWebhookPayloadJob> SPEC =
            JobSpec.of(ParseWebhookPayloadJob.class).discardOn(MalformedPayload.class).build();
    private final ObjectMapper json = new ObjectMapper();
    private final BlobStore store;

    public ParseWebhookPayloadJob(BlobStore store) {
        this.store = store;
    }

    @Override
    public void perform(String payloadKey) {
        Map<?, ?> payload;
        try {
            payload =
                    json.readValue(
                            new String(store.get(payloadKey), StandardCharsets.UTF_8), Map.class);
        } catch (JsonProcessingException e) {
            throw new MalformedPayload("payload " + payloadKey + " is not JSON", e);
        }
        store.put(
                payloadKey + ".keys",
                String.join(",", payload.keySet().toString()).getBytes(StandardCharsets.UTF_8));
    }
}
