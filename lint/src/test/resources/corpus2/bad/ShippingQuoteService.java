// INTENDED: ERR001 - enqueueArgs passes an Address record as a job argument
package com.acme.jobs;

import com.acme.domain.Address;
import dev.errand.JobClient;
import dev.errand.JobSpec;
import dev.errand.RawJob;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class ShippingQuoteService {
    private static final JobSpec<RawJob> QUOTE =
            JobSpec.named("Shipping::QuoteWorker").queue("shipping").build();

    private final JobClient errand;

    public ShippingQuoteService(JobClient errand) {
        this.errand = errand;
    }

    public String requestQuote(long orderId, Address destination) {
        return errand.enqueueArgs(QUOTE, List.of(orderId, destination));
    }
}
