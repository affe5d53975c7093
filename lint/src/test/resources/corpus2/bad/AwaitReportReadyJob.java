// INTENDED: ERR004 - polling with TimeUnit.SECONDS.sleep
package com.acme.jobs;

import com.acme.domain.Report;
import com.acme.repo.ReportRepository;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.concurrent.TimeUnit;

public class AwaitReportReadyJob implements Job1<Long> {
    public static final JobSpec<AwaitReportReadyJob> SPEC =
            JobSpec.of(AwaitReportReadyJob.class).build();
    private final ReportRepository reports;

    public AwaitReportReadyJob(ReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public void perform(Long reportId) throws Exception {
        Report report = reports.findById(reportId).orElseThrow();
        int attempts = 0;
        while (!"READY".equals(report.getStatus()) && attempts++ < 20) {
            TimeUnit.SECONDS.sleep(15);
            report = reports.findById(reportId).orElseThrow();
        }
        if (!"READY".equals(report.getStatus())) {
            throw new IllegalStateException("report " + reportId + " still not ready");
        }
    }
}
