package dev.errand.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errand.Errand;
import dev.errand.Worker;
import dev.errand.WorkerConfig;
import dev.errand.backend.Backend;
import dev.errand.backend.JobSet;
import dev.errand.samples.app.Ledger.Payment;
import dev.errand.samples.app.Mailer.Sent;
import dev.errand.samples.app.User;
import dev.errand.samples.jobs.GenerateMonthlyReport;
import dev.errand.samples.jobs.ReindexUser;
import dev.errand.samples.jobs.SendTrialEndingReminder;
import dev.errand.samples.jobs.SendWelcomeEmail;
import dev.errand.samples.jobs.TranscodeVideo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sample jobs on a real worker and the in-memory backend: enqueue, run, look at the result. */
class SampleAppTest {
    private final Errand errand = Errand.inMemory();
    private final Backend backend = errand.backend();
    private final SampleApp app = new SampleApp(Clock.systemUTC());
    private Worker worker;

    @BeforeEach
    void addUsers() {
        for (long id = 1; id <= 3; id++) {
            app.users.save(
                    new User(
                            id,
                            "user" + id + "@example.com",
                            "User " + id,
                            null,
                            "trial",
                            Instant.now().plus(Duration.ofDays(14))));
        }
    }

    @AfterEach
    void stop() {
        if (worker != null) {
            worker.stop(Duration.ofSeconds(2));
        }
        errand.close();
    }

    @Test
    void push_byRubyClassName_runsTheRawJob() throws Exception {
        errand.enqueueTo(
                "payments",
                "PaymentReceivedJob",
                List.of(1001, Map.of("amount_cents", 1299, "currency", "EUR")));

        startWorker();

        eventually("payment recorded", () -> app.ledger.payments().size() == 1);
        assertThat(app.ledger.payments()).containsEntry(1001L, new Payment(1001, 1299, "EUR"));
    }

    @Test
    void push_malformedRubyPayload_goesStraightToTheDeadSet() throws Exception {
        errand.enqueueTo("payments", "PaymentReceivedJob", List.of("not-an-order-id"));

        startWorker();

        eventually("job in the dead set", () -> backend.size(JobSet.DEAD) == 1);
        assertThat(backend.size(JobSet.RETRY)).isZero();
        assertThat(app.ledger.payments()).isEmpty();
    }

    @Test
    void enqueue_chainedJob_runsBothSteps() throws Exception {
        errand.enqueue(GenerateMonthlyReport.SPEC, 2L, "2025-11");

        startWorker();

        eventually("report emailed", () -> !app.mailer.sent().isEmpty());
        assertThat(app.mailer.sent()).containsExactly(new Sent("report 1", "user2@example.com"));
    }

    @Test
    void enqueue_queueFromArguments_picksTheQueuePerJob() {
        errand.enqueue(TranscodeVideo.SPEC, 1L, 90);
        errand.enqueue(TranscodeVideo.SPEC, 2L, 3_600);
        errand.enqueue(TranscodeVideo.SPEC, 3L, 45);

        assertThat(backend.queueSize("transcode")).isEqualTo(2);
        assertThat(backend.queueSize("transcode-long")).isEqualTo(1);
    }

    @Test
    void reindexAll_enqueuesOneJobPerUser_andEachRuns() throws Exception {
        List<String> jids = ReindexUser.reindexAll(errand, app.users.ids());

        assertThat(jids).hasSize(3).doesNotContainNull();
        assertThat(backend.queueSize("bulk")).isEqualTo(3);
        startWorker();
        eventually("3 users indexed", () -> app.searchIndex.documents().size() == 3);
    }

    @Test
    void schedule_trialReminder_waitsInTheScheduleSet() {
        SendTrialEndingReminder.schedule(errand, app.users.find(1));

        assertThat(backend.size(JobSet.SCHEDULE)).isEqualTo(1);
        assertThat(backend.queueSize("mailers")).isZero();
    }

    @Test
    void enqueue_welcomeEmailAgain_sendsNothingTheSecondTime() throws Exception {
        startWorker();

        errand.enqueue(SendWelcomeEmail.SPEC, 3L);
        eventually("first job done", () -> worker.stats().processed() == 1);
        errand.enqueue(SendWelcomeEmail.SPEC, 3L);
        eventually("second job done", () -> worker.stats().processed() == 2);

        assertThat(app.mailer.sent()).containsExactly(new Sent("welcome", "user3@example.com"));
    }

    private void startWorker() {
        worker =
                app.register(
                                errand.worker(
                                        WorkerConfig.builder()
                                                .queues(SampleApp.QUEUES.toArray(String[]::new))
                                                .pollInterval(Duration.ofMillis(50))
                                                .build()),
                                errand)
                        .start();
    }

    private static void eventually(String what, BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s: " + what);
            }
            Thread.sleep(10);
        }
    }
}
