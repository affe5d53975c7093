// GOOD: increments the job's own fields and local map (in-memory)
package com.acme.worker;

import com.acme.domain.Report;
import com.acme.repo.ReportRepository;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class RetryCountingJob implements Job1<List<String>> {
    public static final JobSpec<RetryCountingJob> SPEC = JobSpec.of(RetryCountingJob.class).build();
    private final ReportRepository reports;
    private int seen;

    public RetryCountingJob(ReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public void perform(List<String> kinds) {
        Map<String, Integer> histogram = new HashMap<>();
        for (String kind : kinds) {
            histogram.merge(kind, 1, Integer::sum);
            this.seen++;
        }
        Report r = new Report();
        r.setKind("histogram");
        r.setStatus(histogram.toString() + " seen=" + seen);
        reports.save(r);
    }
}
