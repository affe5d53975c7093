// GOOD: @TransactionalEventListener-free: non-transactional service; repo.save commits by itself,
// then enqueue
package com.acme.service;

import com.acme.domain.Report;
import com.acme.repo.ReportRepository;
import dev.errand.Job1;
import dev.errand.JobClient;
import dev.errand.JobSpec;
import org.springframework.stereotype.Service;

@Service
public class GdprExportService {
    public interface BuildExport extends Job1<Long> {}

    static final JobSpec<BuildExport> BUILD = JobSpec.of(BuildExport.class).queue("gdpr").build();
    private final ReportRepository reports;
    private final JobClient jobs;

    public GdprExportService(ReportRepository reports, JobClient jobs) {
        this.reports = reports;
        this.jobs = jobs;
    }

    public Long requestExport(Long userId) {
        Report r = new Report();
        r.setKind("gdpr-export:" + userId);
        r.setStatus("QUEUED");
        Long id = reports.save(r).getId();
        jobs.enqueue(BUILD, id);
        return id;
    }
}
