// INTENDED: ERR008 - stream().map(id -> client.enqueue(...)) collecting jids
package com.acme.service;

import dev.errand.Job1;
import dev.errand.JobClient;
import dev.errand.JobSpec;
import java.util.List;
import java.util.stream.Collectors;

public class BulkReindexService {
    public interface ReindexProduct extends Job1<Long> {}

    private static final JobSpec<ReindexProduct> REINDEX =
            JobSpec.of(ReindexProduct.class).queue("search").build();
    private final JobClient client;

    public BulkReindexService(JobClient client) {
        this.client = client;
    }

    public List<String> reindex(List<Long> productIds) {
        return productIds.stream()
                .map(id -> client.enqueue(REINDEX, id))
                .collect(Collectors.toList());
    }
}
