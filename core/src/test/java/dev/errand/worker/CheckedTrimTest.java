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

        // Outage: the fetch carrying X's LREM fails after Redis ran it (notSent, fetchFailed).
        ledger.finished(List.of(x), T0);
        InProgressLedger.Acknowledgement lost = ledger.acknowledgement(T0 + GRACE, false);
        backend.acknowledge(ID, lost.jobs());
        ledger.notSent(lost);
        ledger.fetchFailed();
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
