// GOOD: instead of sleeping, re-enqueues itself with enqueueIn
package com.acme.worker;

import com.acme.domain.Report;
import com.acme.repo.ReportRepository;
import dev.errand.Job2;
import dev.errand.JobClient;
import dev.errand.JobSpec;
import java.time.Duration;

public class PollExportStatusJob implements Job2<Long, Integer> {
    public static final JobSpec<PollExportStatusJob> SPEC =
            JobSpec.of(PollExportStatusJob.class).build();
    private final ReportRepository reports;
    private final JobClient jobs;

    public PollExportStatusJob(ReportRepository reports, JobClient jobs) {
        this.reports = reports;
        this.jobs = jobs;
    }

    @Override
    public void perform(Long reportId, Integer attempt) {
        Report report = reports.findById(reportId).orElseThrow();
        if ("READY".equals(report.getStatus())) {
            return;
        }
        if (attempt >= 20) {
            throw new IllegalStateException("report " + reportId + " never became ready");
        }
        jobs.enqueueIn(SPEC, Duration.ofSeconds(30), reportId, attempt + 1);
    }
}
