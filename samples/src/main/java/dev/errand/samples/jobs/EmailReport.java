package dev.errand.samples.jobs;

import dev.errand.Job1;
import dev.errand.JobSpec;
import dev.errand.samples.app.Mailer;
import dev.errand.samples.app.Reports;
import dev.errand.samples.app.Reports.Report;

/** The second step of the report chain: emails a generated report to its owner. */
public final class EmailReport implements Job1<Long> {

    public static final JobSpec<EmailReport> SPEC =
            JobSpec.of(EmailReport.class).queue("mailers").build();

    private final Reports reports;
    private final Mailer mailer;

    public EmailReport(Reports reports, Mailer mailer) {
        this.reports = reports;
        this.mailer = mailer;
    }

    // The email is the job's only effect and its last step: a failed send is what the retry
    // repeats, and a crash between the send and the acknowledgement sends one duplicate report,
    // which this sample accepts rather than keeping a sent flag per report.
    @SuppressWarnings("errand:UnguardedSideEffect")
    @Override
    public void perform(Long reportId) {
        Report report = reports.find(reportId);
        mailer.sendReport(report.ownerEmail(), report.id());
    }
}
