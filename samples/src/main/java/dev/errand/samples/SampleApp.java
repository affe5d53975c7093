package dev.errand.samples;

import dev.errand.JobClient;
import dev.errand.Worker;
import dev.errand.samples.app.Contacts;
import dev.errand.samples.app.Crm;
import dev.errand.samples.app.Imports;
import dev.errand.samples.app.Ledger;
import dev.errand.samples.app.Mailer;
import dev.errand.samples.app.PushGateway;
import dev.errand.samples.app.Reports;
import dev.errand.samples.app.SearchIndex;
import dev.errand.samples.app.Transcoder;
import dev.errand.samples.app.Users;
import dev.errand.samples.jobs.EmailReport;
import dev.errand.samples.jobs.GenerateMonthlyReport;
import dev.errand.samples.jobs.ImportContacts;
import dev.errand.samples.jobs.RecordPayment;
import dev.errand.samples.jobs.ReindexUser;
import dev.errand.samples.jobs.SendPushNotification;
import dev.errand.samples.jobs.SendTrialEndingReminder;
import dev.errand.samples.jobs.SendWelcomeEmail;
import dev.errand.samples.jobs.SyncCrmContact;
import dev.errand.samples.jobs.TranscodeVideo;
import java.time.Clock;
import java.util.List;

/**
 * The sample application's services and the wiring of its jobs onto a worker: what an application's
 * startup code does. Each job gets a factory that builds a fresh instance per run from the shared
 * services.
 */
public final class SampleApp {

    /** The queues of every sample job, most urgent first. */
    public static final List<String> QUEUES =
            List.of(
                    "payments",
                    "notifications",
                    "mailers",
                    "integrations",
                    "imports",
                    "reports",
                    "transcode",
                    "transcode-long",
                    "bulk");

    public final Users users = new Users();
    public final Mailer mailer = new Mailer();
    public final PushGateway pushGateway = new PushGateway();
    public final Crm crm = new Crm();
    public final SearchIndex searchIndex = new SearchIndex();
    public final Imports imports = new Imports();
    public final Contacts contacts = new Contacts();
    public final Reports reports = new Reports();
    public final Ledger ledger = new Ledger();
    public final Transcoder transcoder = new Transcoder();

    private final Clock clock;

    public SampleApp(Clock clock) {
        this.clock = clock;
    }

    /**
     * Registers every sample job on {@code worker}; {@code jobs} is the client that chained jobs
     * enqueue their next step with.
     */
    public Worker register(Worker worker, JobClient jobs) {
        return worker.register(
                        SendWelcomeEmail.SPEC, () -> new SendWelcomeEmail(users, mailer, clock))
                .register(SendPushNotification.SPEC, () -> new SendPushNotification(pushGateway))
                .register(ImportContacts.SPEC, () -> new ImportContacts(imports, contacts))
                .register(SyncCrmContact.SPEC, () -> new SyncCrmContact(users, crm))
                .register(ReindexUser.SPEC, () -> new ReindexUser(users, searchIndex))
                .register(
                        SendTrialEndingReminder.SPEC,
                        () -> new SendTrialEndingReminder(users, mailer))
                .register(
                        GenerateMonthlyReport.SPEC,
                        () -> new GenerateMonthlyReport(users, reports, jobs))
                .register(EmailReport.SPEC, () -> new EmailReport(reports, mailer))
                .register(RecordPayment.SPEC, () -> new RecordPayment(ledger))
                .register(TranscodeVideo.SPEC, () -> new TranscodeVideo(transcoder));
    }
}
