// GOOD: builds argument lists in a stream, pushes with enqueueAllArgs
package com.acme.service;

import dev.errand.JobClient;
import dev.errand.JobSpec;
import dev.errand.RawJob;
import java.util.List;
import java.util.stream.Collectors;

public class NewsletterDispatchService {
    private static final JobSpec<RawJob> DELIVER =
            JobSpec.named("Newsletter::DeliverWorker").queue("newsletter").build();
    private final JobClient jobs;

    public NewsletterDispatchService(JobClient jobs) {
        this.jobs = jobs;
    }

    public List<String> dispatch(String issueId, List<String> emails) {
        List<List<?>> args =
                emails.stream().map(email -> List.of(issueId, email)).collect(Collectors.toList());
        return jobs.enqueueAllArgs(DELIVER, args);
    }
}
