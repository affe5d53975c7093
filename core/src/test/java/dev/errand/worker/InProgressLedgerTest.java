package dev.errand.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errand.backend.FinishedJobs;
import dev.errand.backend.QueuedJob;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InProgressLedgerTest {
    private static final long NOW = 1_000_000_000L;
    private static final long LATER = NOW + InProgressLedger.LOOSE_GRACE_NANOS;

    private final InProgressLedger ledger = new InProgressLedger();

    @Test
    void acknowledgement_makesFinishedJobsAtTheOldEndARunInTheOrderTaken() {
        List<QueuedJob> a = jobs("a", 4);
        ledger.took(a);

        ledger.finished(List.of(a.get(1), a.get(0)), NOW);

        assertThat(ledger.acknowledgement(NOW, false).jobs())
                .isEqualTo(
                        new FinishedJobs(
                                Map.of("a", List.of(a.get(0), a.get(1))), List.of(), Set.of("a")));
    }

    @Test
    void acknowledgement_sendsAJobFinishedBehindARunningOneAloneAfterItsGrace() {
        List<QueuedJob> a = jobs("a", 3);
        ledger.took(a);
        ledger.finished(List.of(a.get(1)), NOW);

        assertThat(ledger.acknowledgement(NOW, false).isEmpty()).isTrue();
        assertThat(ledger.acknowledgement(LATER, false).jobs())
                .isEqualTo(FinishedJobs.anywhere(List.of(a.get(1))));
    }

    @Test
    void acknowledgement_ofEverything_sendsEveryFinishedJobAtOnce() {
        List<QueuedJob> a = jobs("a", 3);
        ledger.took(a);
        ledger.finished(List.of(a.get(2)), NOW);

        assertThat(ledger.acknowledgement(NOW, true).jobs())
                .isEqualTo(FinishedJobs.anywhere(List.of(a.get(2))));
    }

    @Test
    void acknowledgement_keepsRunsPerQueue() {
        List<QueuedJob> a = jobs("a", 2);
        List<QueuedJob> b = jobs("b", 2);
        ledger.took(List.of(a.get(0), b.get(0), a.get(1), b.get(1)));

        ledger.finished(List.of(b.get(0), a.get(0), a.get(1)), NOW);

        assertThat(ledger.acknowledgement(NOW, false).jobs())
                .isEqualTo(
                        new FinishedJobs(
                                Map.of("a", a, "b", List.of(b.get(0))),
                                List.of(),
                                Set.of("a", "b")));
    }

    @Test
    void acknowledged_removesTheJobsAndTheNextRunStartsAfterThem() {
        List<QueuedJob> a = jobs("a", 4);
        ledger.took(a);
        ledger.finished(a.subList(0, 2), NOW);
        ledger.acknowledged(ledger.acknowledgement(NOW, false));

        ledger.finished(List.of(a.get(3), a.get(2)), NOW);

        assertThat(ledger.acknowledgement(NOW, false).jobs())
                .isEqualTo(new FinishedJobs(Map.of("a", a.subList(2, 4)), List.of(), Set.of("a")));
        assertThat(ledger.size()).isEqualTo(2);
    }

    @Test
    void acknowledgement_leavesJobsBeingSentToTheirSenderUntilItFails() {
        List<QueuedJob> a = jobs("a", 2);
        ledger.took(a);
        ledger.finished(List.of(a.get(0)), NOW);
        InProgressLedger.Acknowledgement first = ledger.acknowledgement(NOW, false);
        ledger.finished(List.of(a.get(1)), NOW);

        // The old end is in flight: no run can start behind it, and nothing else is due yet.
        assertThat(ledger.acknowledgement(NOW, false).isEmpty()).isTrue();

        ledger.notSent(first);
        // A failed send leaves the list unknown: the run is checked entry by entry.
        assertThat(ledger.acknowledgement(NOW, false).jobs())
                .isEqualTo(new FinishedJobs(Map.of("a", a), List.of(), Set.of()));
    }

    @Test
    void removed_takesPushedBackJobsOutWithoutBreakingTheRun() {
        List<QueuedJob> a = jobs("a", 3);
        ledger.took(a);
        ledger.finished(List.of(a.get(0), a.get(2)), NOW);

        ledger.removed(List.of(a.get(1)));

        assertThat(ledger.acknowledgement(NOW, false).jobs())
                .isEqualTo(
                        new FinishedJobs(
                                Map.of("a", List.of(a.get(0), a.get(2))), List.of(), Set.of("a")));
    }

    @Test
    void took_keepsEqualPayloadsAsTwoJobs() {
        QueuedJob first = new QueuedJob("a", "{\"jid\":\"same\"}");
        QueuedJob second = new QueuedJob("a", "{\"jid\":\"same\"}");
        ledger.took(List.of(first, second));

        ledger.finished(List.of(second), NOW);

        assertThat(ledger.acknowledgement(NOW, false).isEmpty()).isTrue();
        InProgressLedger.Held copy = new InProgressLedger.Held(first.payload(), false);
        assertThat(ledger.snapshot().held()).containsExactly(Map.entry("a", List.of(copy, copy)));
    }

    @Test
    void finished_ignoresJobsItNeverTook() {
        ledger.finished(jobs("a", 1), NOW);

        assertThat(ledger.hasFinished()).isFalse();
        assertThat(ledger.acknowledgement(LATER, true).isEmpty()).isTrue();
    }

    @Test
    void acknowledgement_checksEveryEntryOfAListHoldingAPayloadTwice() {
        QueuedJob first = new QueuedJob("a", "{\"jid\":\"same\"}");
        QueuedJob second = new QueuedJob("a", "{\"jid\":\"same\"}");
        ledger.took(List.of(first, second));

        ledger.finished(List.of(first), NOW);

        assertThat(ledger.acknowledgement(NOW, false).jobs())
                .isEqualTo(new FinishedJobs(Map.of("a", List.of(first)), List.of(), Set.of()));
    }

    @Test
    void acknowledgement_checksEveryEntryAfterACopyLeft_untilTheListIsEmpty() {
        QueuedJob first = new QueuedJob("a", "{\"jid\":\"same\"}");
        QueuedJob second = new QueuedJob("a", "{\"jid\":\"same\"}");
        List<QueuedJob> others = jobs("a", 2);
        ledger.took(List.of(first, others.get(0), second, others.get(1)));
        // The newer copy leaves on its own: Redis removes the older copy's place.
        ledger.finished(List.of(second), NOW);
        ledger.acknowledged(ledger.acknowledgement(LATER, false));

        ledger.finished(List.of(first, others.get(0)), LATER);
        InProgressLedger.Acknowledgement run = ledger.acknowledgement(LATER, false);

        assertThat(run.jobs().exact()).as("no payload is held twice now, but one moved").isEmpty();
        ledger.acknowledged(run);
        ledger.finished(List.of(others.get(1)), LATER);
        ledger.acknowledged(ledger.acknowledgement(LATER, false));
        List<QueuedJob> next = jobs("a", 1);
        ledger.took(next);
        ledger.finished(next, LATER);
        assertThat(ledger.acknowledgement(LATER, false).jobs().exact())
                .as("the list was empty in between")
                .containsExactly("a");
    }

    @Test
    void acknowledgement_checksEveryEntryOutOfStep_untilAReadShowsTheLedgersOrder() {
        List<QueuedJob> a = jobs("a", 4);
        ledger.took(a);
        ledger.outOfStep();
        ledger.finished(List.of(a.get(0)), NOW);
        InProgressLedger.Acknowledgement first = ledger.acknowledgement(NOW, false);
        ledger.acknowledged(first);
        ledger.finished(List.of(a.get(1)), NOW);
        InProgressLedger.Acknowledgement sending = ledger.acknowledgement(NOW, false);

        InProgressLedger.Snapshot before = ledger.snapshot();
        boolean outOfOrder = ledger.bringInStep(before, List.of(a.get(1), a.get(3), a.get(2)));
        boolean heldButGone = ledger.bringInStep(before, List.of(a.get(1), a.get(3)));
        boolean sentAndGone = ledger.bringInStep(before, List.of(a.get(2), a.get(3)));
        ledger.acknowledged(sending);
        ledger.finished(List.of(a.get(2)), NOW);

        assertThat(first.jobs().exact()).isEmpty();
        assertThat(outOfOrder).isFalse();
        assertThat(heldButGone).as("a job not being acknowledged is missing").isFalse();
        assertThat(sentAndGone).as("a job being acknowledged may be gone").isTrue();
        assertThat(ledger.acknowledgement(NOW, false).jobs().exact()).containsExactly("a");
    }

    @Test
    void bringInStep_refusesAReadTakenBeforeAnotherFailure_orHoldingAnUnknownJob() {
        List<QueuedJob> a = jobs("a", 2);
        ledger.took(a);
        ledger.outOfStep();
        InProgressLedger.Snapshot before = ledger.snapshot();

        boolean unknown = ledger.bringInStep(before, List.of(a.get(0), jobs("b", 1).get(0)));
        ledger.outOfStep();
        boolean stale = ledger.bringInStep(before, a);

        assertThat(unknown).isFalse();
        assertThat(stale).isFalse();
        assertThat(ledger.inStep()).isFalse();
    }

    @Test
    void dropped_removesTheJobsAndPutsTheLedgerOutOfStep() {
        List<QueuedJob> a = jobs("a", 2);
        ledger.took(a);
        InProgressLedger.Snapshot before = ledger.snapshot();

        ledger.dropped(List.of(a.get(1)));

        assertThat(ledger.size()).isEqualTo(1);
        assertThat(ledger.inStep()).isFalse();
        assertThat(ledger.bringInStep(before, a)).as("a read from before the drop").isFalse();
    }

    @Test
    void notSent_putsTheLedgerOutOfStep() {
        List<QueuedJob> a = jobs("a", 1);
        ledger.took(a);
        ledger.finished(a, NOW);

        ledger.notSent(ledger.acknowledgement(NOW, false));

        assertThat(ledger.inStep()).isFalse();
        assertThat(ledger.acknowledgement(NOW, false).jobs().exact()).isEmpty();
    }

    private static List<QueuedJob> jobs(String queue, int count) {
        List<QueuedJob> jobs = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            jobs.add(new QueuedJob(queue, "{\"jid\":\"" + queue + n + "\"}"));
        }
        return jobs;
    }
}
