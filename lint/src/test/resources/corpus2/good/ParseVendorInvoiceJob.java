// GOOD: IOException wrapped in UncheckedIOException and rethrown
package com.acme.worker;

import com.acme.storage.BlobStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

public class ParseVendorInvoiceJob implements Job1<String> {
    public static final JobSpec<ParseVendorInvoiceJob> SPEC =
            JobSpec.of(ParseVendorInvoiceJob.class).build();
    private final BlobStore store;
    private final ObjectMapper json = new ObjectMapper();

    public ParseVendorInvoiceJob(BlobStore store) {
        this.store = store;
    }

    @Override
    public void perform(String key) {
        Map<?, ?> parsed;
        try {
            parsed =
                    json.readValue(
                            new String(store.get(key), java.nio.charset.StandardCharsets.UTF_8),
                            Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse vendor invoice " + key, e);
        }
        store.put(
                key + ".parsed",
                String.valueOf(parsed.size()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
