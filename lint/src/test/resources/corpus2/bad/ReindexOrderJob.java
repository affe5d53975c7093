// INTENDED: ERR001 - perform takes a JPA entity (Order) instead of its id
package com.acme.jobs;

import com.acme.domain.Order;
import com.acme.search.SearchIndexer;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
public class ReindexOrderJob implements Job1<Order> {
    public static final JobSpec<ReindexOrderJob> SPEC =
            JobSpec.of(ReindexOrderJob.class).queue("search").build();

    private final SearchIndexer indexer;

    public ReindexOrderJob(SearchIndexer indexer) {
        this.indexer = indexer;
    }

    @Override
    public void perform(Order order) {
        indexer.index(
                "order-" + order.getId(),
                Map.of(
                        "customerId", order.getCustomerId(),
                        "total", order.getTotal().toPlainString(),
                        "status", order.getStatus().name()));
    }
}
