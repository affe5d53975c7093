package dev.errand.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errand.backend.FinishedJobs;
import dev.errand.backend.QueuedJob;
import dev.errand.backend.redis.RedisBackend;
import dev.errand.backend.redis.TestRedis;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The acknowledgement path as the fetcher drives it: the ledger picks runs and loose jobs, the
 * Redis backend cuts runs with one checked trim. A cut must never take an entry that is not the
 * run's own, even when the list drifted from the ledger's view (repeated payloads, an outage that
 * lost a reply). Database 9, shared with RedisBackendTest (a module's tests run one at a time).
 */
class CheckedTrimTest {
    private static final String ID = "host:1:trim-test";
    private static final String QUEUE = "q";
    private static final long T0 = 1_000_000_000L;
    private static final long GRACE = InProgressLedger.LOOSE_GRACE_NANOS;

    private static TestRedis redis;

    private RedisBackend backend;
    private final InProgressLedger ledger = new InProgressLedger();

    @BeforeAll
    static void connect() {
        redis = TestRedis.database(9);
    }

    @AfterAll
    static void disconnect() {
        redis.close();
    }

    @BeforeEach
    void open() {
        redis.flush();
        backend = RedisBackend.fromUrl(redis.url(), 4);
    }

    @AfterEach
    void close() throws Exception {
        backend.close();
    }

    /**
     * No outage at all. A payload that sits in a queue four times byte for byte (Sidekiq does not
     * promise unique payloads; a Ruby client can push a fixed payload, and retryPush writes the
     * same bytes again) makes each LREM -1 of a loose job remove the oldest copy, not the one the
     * ledger removes, so the list's order drifts from the ledger's. The next run's ends still
     * match, and the trim takes the unique job R, still running, with it.
     */
    @Test
    void acknowledge_neverRemovesARunningJob_whenPayloadsRepeat() {
        String q = payload("Q");
        String p = payload("P");
        String r = payload("R");
        backend.push(jobs(q, p, p, r, p, p));
        List<QueuedJob> taken = fetch(6);
        assertThat(taken).extracting(QueuedJob::payload).containsExactly(q, p, p, r, p, p);
        ledger.took(taken);

        // The two newest copies of P finish while the older jobs still run: loose LREMs.
        ledger.finished(List.of(taken.get(4), taken.get(5)), T0);
        sendAcknowledgement(T0 + GRACE);
        // The three oldest finish; R (taken.get(3)) is still running: one checked trim.
        ledger.finished(List.of(taken.get(0), taken.get(1), taken.get(2)), T0 + GRACE);
        sendAcknowledgement(T0 + GRACE);

        assertThat(backend.inProgress(ID))
                .as(
                        "in-progress list after acknowledging every job but R, which still runs;"
                                + " a crash now must give R back")
                .containsExactly(new QueuedJob(QUEUE, r));
    }

    /**
     * Unique payloads, one outage. The pipeline that carried loose job X's LREM lost its reply (X
     * stays finished in the ledger, to be sent again); after the outage the stray check ran with
     * nothing to find, then the blocking fetch the broken connection left on the server delivered S
     * (the case Fetcher's second stray check exists for). Before that second check, the run [A, X,
     * B, N1, N2] is five long, the list [A, B, N1, S, N2] is five long, both ends match, and S is
     * trimmed away without ever having run.
     */
    @Test
    void acknowledge_neverRemovesAJobItDoesNotKnow_whenAnotherItExpectsIsGone() {
        backend.push(jobs(payload("A"), payload("X"), payload("B")));
        List<QueuedJob> before = fetch(3);
        ledger.took(before);
        QueuedJob a = before.get(0);
        QueuedJob x = before.get(1);
        QueuedJob b = before.get(2);

        // Outage: the fetch carrying X's LREM fails after Redis ran it (notSent, outOfStep).
        ledger.finished(List.of(x), T0);
        InProgressLedger.Acknowledgement lost = ledger.acknowledgement(T0 + GRACE, false);
        backend.acknowledge(ID, lost.jobs());
        ledger.notSent(lost);
        ledger.outOfStep();
        // Back: the first fetch, then the first stray check finds the lists as the ledger expects.
        backend.push(jobs(payload("N1")));
        List<QueuedJob> n1 = fetch(1);
        ledger.took(n1);
        assertThat(backend.inProgress(ID)).hasSize(3);
        // The blocking fetch left on the server by the broken connection delivers S.
        String s = payload("S");
        backend.push(jobs(s));
        fetch(1);
        backend.push(jobs(payload("N2")));
        List<QueuedJob> n2 = fetch(1);
        ledger.took(n2);
        ledger.finished(List.of(a, b, n1.get(0), n2.get(0)), T0 + GRACE);

        InProgressLedger.Acknowledgement run = ledger.acknowledgement(T0 + GRACE, false);
        assertThat(run.jobs().oldest().get(QUEUE)).hasSize(5);
        backend.acknowledge(ID, run.jobs());
        ledger.acknowledged(run);

        assertThat(backend.inProgress(ID))
                .as(
                        "S, which no processor ever saw, must stay in progress (or go back to its"
                                + " queue)")
                .containsExactly(new QueuedJob(QUEUE, s));
    }

    /**
     * Unique payloads, no failed fetch. Jobs A, X, J, B taken. X finishes while A runs and goes as
     * a loose LREM whose reply is lost (Redis removed X, the ledger keeps it). Stop: the timeout
     * passes with J running, the launcher's push-back of J fails without reaching Redis, and the
     * abandoned processor's release drops J from the ledger. The run [A, X, B] then has the list's
     * ends (A, and B third from the end), but J sits between them: only a check of every entry
     * keeps J.
     */
    @Test
    void acknowledge_neverRemovesARunningJob_afterAFailedPushBackAndALostReply() {
        List<QueuedJob> taken = takeAXJBAndLoseTheReplyForX();
        QueuedJob a = taken.get(0);
        QueuedJob x = taken.get(1);
        QueuedJob j = taken.get(2);
        QueuedJob b = taken.get(3);

        // Launcher.stop: pushBackRunning's requeue of J throws before reaching Redis
        // (runningPushedBack); the interrupted processor then calls fetcher.released(J).
        ledger.dropped(List.of(j));
        ledger.finished(List.of(a, b), T0 + GRACE);

        // Fetcher.flushFinished: acknowledgement(true).
        InProgressLedger.Acknowledgement acks = ledger.acknowledgement(T0 + 2 * GRACE, true);
        assertThat(acks.jobs().oldest().get(QUEUE)).containsExactly(a, x, b);
        backend.acknowledge(ID, acks.jobs());
        ledger.acknowledged(acks);

        assertThat(backend.inProgress(ID))
                .as(
                        "J was running, its push-back failed; it must stay in progress to be"
                                + " recovered")
                .containsExactly(j);
    }

    /**
     * A fetch's reply is lost after it moved L' and B', byte-identical to the known L and B
     * (retryPush writes the same bytes again). The stray check finds L' and B' by count and
     * requeues them with LREM -1, which removes the oldest copies: the places of the known B and L.
     * The list is now [A, X, L', B'] (oldest first), the ledger [A, B, L, X], and no payload
     * repeats in the ledger. The run [A, B, L] has the list's ends (A, and L' third from the end),
     * but X sits between them: the ledger must stay out of step, so every entry is checked.
     */
    @Test
    void acknowledge_neverRemovesARunningJob_afterAStrayCheckReorderedTheList() {
        String l = payload("L");
        String bp = payload("B");
        backend.push(jobs(payload("A"), bp, l, payload("X"), l, bp));
        List<QueuedJob> taken = fetch(4);
        ledger.took(taken);
        QueuedJob a = taken.get(0);
        QueuedJob b = taken.get(1);
        QueuedJob lj = taken.get(2);
        QueuedJob x = taken.get(3);

        // A fetch whose reply was lost: Redis moved L', B'; the fetcher saw an exception.
        fetch(2);
        ledger.outOfStep();
        // Back: two stray checks, then a third that may bring the ledger back in step.
        checkLists(true);
        checkLists(true);
        checkLists(false);

        ledger.finished(List.of(a, b, lj), T0);
        InProgressLedger.Acknowledgement acks = ledger.acknowledgement(T0, false);
        assertThat(acks.jobs().oldest().get(QUEUE)).containsExactly(a, b, lj);
        assertThat(acks.jobs().exact()).as("the list is out of the ledger's order").isEmpty();
        backend.acknowledge(ID, acks.jobs());
        ledger.acknowledged(acks);

        assertThat(backend.inProgress(ID))
                .as("X still runs; a crash now must give it back")
                .contains(x);
    }

    /**
     * Unique payloads, a stop with a short timeout while the fetcher is still in its last fetch.
     * X's loose LREM reached Redis but its reply was lost. At the deadline the launcher's push-back
     * of J (still running) fails before reaching Redis. The fetcher's fetch returns and it reads
     * the lists before J's processor has let go of J: the list [A, J, B] is the ledger's [A, X, J,
     * B] less X, which was not being acknowledged, so the read must not bring the ledger in step.
     * Then J is released, and the run [A, X, B] has the list's ends with J between them.
     */
    @Test
    void acknowledge_neverRemovesARunningJob_whenTheListsAreReadBeforeItIsReleased() {
        List<QueuedJob> taken = takeAXJBAndLoseTheReplyForX();
        QueuedJob a = taken.get(0);
        QueuedJob x = taken.get(1);
        QueuedJob j = taken.get(2);
        QueuedJob b = taken.get(3);

        // Launcher.pushBackRunning (runningPushedBack): requeue(J) throws before reaching Redis.
        ledger.outOfStep();
        // Fetcher: its last fetch returns; it checks the lists (no stray check left).
        checkLists(false);
        assertThat(ledger.inStep()).as("X is missing from the list but still held").isFalse();
        // J's processor reports ABANDONED: fetcher.released(J).
        ledger.dropped(List.of(j));
        // A and B had finished meanwhile; the fetcher leaves its loop: flushFinished.
        ledger.finished(List.of(a, b), T0 + 2 * GRACE);
        InProgressLedger.Acknowledgement acks = ledger.acknowledgement(T0 + 2 * GRACE, true);
        assertThat(acks.jobs().oldest().get(QUEUE)).containsExactly(a, x, b);
        backend.acknowledge(ID, acks.jobs());
        ledger.acknowledged(acks);

        assertThat(backend.inProgress(ID))
                .as("J was running, its push-back failed; it must stay in progress to be recovered")
                .containsExactly(j);
    }

    /**
     * The ledger is in step and no write fails. S arrives late: a blocking fetch whose connection
     * broke in an earlier partition reaches Redis after the stray checks (nothing bounds that
     * delay), so S sits between A and K, unseen. At stop, K finishes just after the launcher took
     * its list of running jobs: the launcher's requeue, which succeeds, also pushes the finished K
     * back. The ledger keeps K, which Redis no longer holds, and the run [A, K, B] has the list's
     * ends with S between them: the launcher's push-back must put the ledger out of step.
     */
    @Test
    void acknowledge_neverRemovesAJobItDoesNotKnow_whenTheLauncherPushedBackAFinishedJob() {
        backend.push(jobs(payload("A")));
        List<QueuedJob> first = fetch(1);
        ledger.took(first);
        QueuedJob a = first.get(0);
        // The late BLMOVE delivers S into this process's list; the fetcher never hears of it.
        String s = payload("S");
        backend.push(jobs(s));
        fetch(1);
        backend.push(jobs(payload("K"), payload("B")));
        List<QueuedJob> next = fetch(2);
        ledger.took(next);
        QueuedJob k = next.get(0);
        QueuedJob b = next.get(1);

        // Stop: the launcher's requeue of the running K succeeds; K's processor had just finished.
        ledger.outOfStep();
        backend.requeue(ID, List.of(k));
        ledger.finished(List.of(a, k, b), T0);
        InProgressLedger.Acknowledgement acks = ledger.acknowledgement(T0, true);
        assertThat(acks.jobs().oldest().get(QUEUE)).containsExactly(a, k, b);
        backend.acknowledge(ID, acks.jobs());
        ledger.acknowledged(acks);

        assertThat(backend.inProgress(ID))
                .as("S, which no processor ever saw, must stay in progress")
                .containsExactly(new QueuedJob(QUEUE, s));
    }

    /** As the fetcher checks the lists: strays go back; without strays, maybe back in step. */
    private void checkLists(boolean strayCheckLeft) {
        InProgressLedger.Snapshot before = ledger.snapshot();
        List<QueuedJob> listed = backend.inProgress(ID);
        List<QueuedJob> strays = before.strays(listed);
        if (!strays.isEmpty()) {
            backend.requeue(ID, strays);
        }
        if (!strayCheckLeft && strays.isEmpty()) {
            ledger.bringInStep(before, listed);
        }
    }

    /**
     * Takes A, X, J, B; X finishes while A runs and goes on its own as an LREM that reaches Redis
     * but whose reply is lost, so the ledger keeps X, finished.
     */
    private List<QueuedJob> takeAXJBAndLoseTheReplyForX() {
        backend.push(jobs(payload("A"), payload("X"), payload("J"), payload("B")));
        List<QueuedJob> taken = fetch(4);
        ledger.took(taken);
        QueuedJob x = taken.get(1);
        ledger.finished(List.of(x), T0);
        InProgressLedger.Acknowledgement lost = ledger.acknowledgement(T0 + GRACE, false);
        assertThat(lost.jobs().others()).containsExactly(x);
        backend.acknowledge(ID, lost.jobs());
        ledger.notSent(lost);
        return taken;
    }

    private void sendAcknowledgement(long now) {
        InProgressLedger.Acknowledgement acks = ledger.acknowledgement(now, false);
        backend.acknowledge(ID, acks.jobs());
        ledger.acknowledged(acks);
    }

    private List<QueuedJob> fetch(int max) {
        return backend.fetch(ID, List.of(QUEUE), max, Duration.ZERO, FinishedJobs.NONE);
    }

    private static List<QueuedJob> jobs(String... payloads) {
        return java.util.Arrays.stream(payloads).map(p -> new QueuedJob(QUEUE, p)).toList();
    }

    private static String payload(String name) {
        return "{\"class\":\"Noop\",\"args\":[],\"jid\":\"" + name + "\"}";
    }
}
