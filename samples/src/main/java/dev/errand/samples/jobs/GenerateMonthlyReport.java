package dev.errand.samples.jobs;

import dev.errand.Job2;
import dev.errand.JobClient;
import dev.errand.JobSpec;
import dev.errand.samples.app.Reports;
import dev.errand.samples.app.Reports.Report;
import dev.errand.samples.app.UserDeletedException;
import dev.errand.samples.app.Users;

/**
 * The first step of a chain: builds a user's monthly report, then enqueues {@link EmailReport} to
 * send it. Each step retries on its own, so a mail outage never rebuilds the report.
 *
 * <p>The next step is enqueued last, after the report is saved, so it never runs ahead of its
 * input. Generating is idempotent per user and month: a second run finds the saved report and
 * enqueues the email again, which is why the email step should tolerate a duplicate.
 */
public final class GenerateMonthlyReport implements Job2<Long, String> {

    public static final JobSpec<GenerateMonthlyReport> SPEC =
            JobSpec.of(GenerateMonthlyReport.class)
                    .queue("reports")
                    .discardOn(UserDeletedException.class)
                    .build();

    private final Users users;
    private final Reports reports;
    private final JobClient jobs;

    public GenerateMonthlyReport(Users users, Reports reports, JobClient jobs) {
        this.users = users;
        this.reports = reports;
        this.jobs = jobs;
    }

    /**
     * @param month {@code YYYY-MM}
     */
    @Override
    public void perform(Long userId, String month) {
        String ownerEmail = users.find(userId).email();
        Report report = reports.generate(userId, month, ownerEmail);

        jobs.enqueue(EmailReport.SPEC, report.id());
    }
}
