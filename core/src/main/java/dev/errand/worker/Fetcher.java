package dev.errand.worker;

import dev.errand.QueueWeight;
import dev.errand.backend.Backend;
import dev.errand.backend.BackendException;
import dev.errand.backend.QueuedJob;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes work from the queues and hands it to processors through a small local buffer.
 *
 * <h2>Delivery guarantee: at least once</h2>
 *
 * <p>Every job is moved atomically from its queue into this process's in-progress list by the
 * backend, and removed from there only when a processor has finished with it, after its retry or
 * dead-set entry was written. A job is therefore always in at least one of: its queue, an
 * in-progress list, the retry, schedule or dead set; or it is done. The cases that matter:
 *
 * <ul>
 *   <li>The process dies (kill -9, out of memory, a lost machine): its in-progress jobs stay in
 *       Redis. Once its heartbeat has expired ({@code heartbeatTimeout}, 60 s by default) a live
 *       process pushes them back to the front of their queues. A job that was running (one of the
 *       oldest twice-the-concurrency jobs in hand) in {@code maxCrashes} (3) processes that died
 *       goes to the dead set as a poison pill instead, so one job cannot take down every worker in
 *       turn; jobs still waiting in the buffer go back without blame.
 *   <li>The backend is unreachable: acknowledgements that fail are kept and sent with the next
 *       fetch; a failure whose retry or dead-set entry cannot be written leaves the job
 *       unacknowledged, and it goes back to its queue, to run again, as soon as the backend
 *       answers; a fetch whose reply was lost (Redis moved the jobs but the answer never came) is
 *       found after the outage by comparing the in-progress lists with what this process holds, and
 *       the strays go back to their queues.
 *   <li>Stop: buffered jobs go back first; running jobs get the timeout, then go back too.
 * </ul>
 *
 * <p>A job can run twice: when its process died after the job ran and before the acknowledgement
 * reached Redis; when a hard shutdown pushed back a job that then finished anyway; when a process
 * stalled longer than the heartbeat timeout and was taken for dead; and when its failure could not
 * be recorded. Jobs should be idempotent. A job is lost only if Redis itself loses writes (no
 * persistence, or a failover to a replica that had not caught up).
 *
 * <h2>Round trips</h2>
 *
 * <p>The process holds at most {@code concurrency + prefetch} jobs (prefetch: twice the
 * concurrency, at least 300, at most 500). One fetch moves as many as are free, waiting while the
 * buffer still has work until half the prefetch is free, and carries the acknowledgements of the
 * jobs finished since the previous fetch. Buffered jobs count as in progress and go back to the
 * front of their queue at quiet or stop.
 *
 * <h2>Acknowledgements</h2>
 *
 * <p>An {@link InProgressLedger} mirrors the in-progress lists: jobs finish in about the order they
 * were taken, so the finished jobs at the old end of a list go as one run that the backend cuts off
 * in one step, instead of one search per job. The backend checks the run's two ends where the
 * ledger knows the list exactly, and every entry of the run where it does not: after any failed
 * write to the lists, until a read of them shows the ledger's order, and while a payload is or was
 * held twice. A job that finished while an older one still runs waits up to {@link
 * InProgressLedger#LOOSE_GRACE_NANOS} to join a run, then goes on its own.
 *
 * <p>It stops when {@link #quiet()} is called: no further fetch, buffered jobs pushed back.
 */
final class Fetcher implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Fetcher.class);
    private static final Duration WAIT = Duration.ofSeconds(1);
    private static final long UNSETTLED_PAUSE_MILLIS = 250;

    /**
     * After an outage the in-progress lists are checked twice: at once, and again after a blocking
     * fetch that the broken connection left waiting on the server has surely ended (its block is at
     * most one second) and could have moved one more job.
     */
    private static final int STRAY_CHECKS = 2;

    private static final long STRAY_RECHECK_NANOS = TimeUnit.SECONDS.toNanos(3);

    /** How long the acknowledger gathers finished jobs before one round trip. */
    private static final long ACK_GATHER_MILLIS = 2;

    /** How long the fetcher waits for half the prefetch to be free while the buffer has work. */
    private static final long REFILL_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private static final long IDLE_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private static final long LOOSE_GRACE_MILLIS =
            TimeUnit.NANOSECONDS.toMillis(InProgressLedger.LOOSE_GRACE_NANOS);

    private final Backend backend;
    private final String identity;
    private final List<QueueWeight> queues;
    private final boolean strict;
    private final AtomicInteger freeSlots;
    private volatile Thread fetcherThread;
    private final int refillAt;
    private final BlockingDeque<QueuedJob> buffer = new LinkedBlockingDeque<>();
    private final LinkedBlockingQueue<QueuedJob> finished = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<QueuedJob> unsettled = new ConcurrentLinkedQueue<>();

    /** Every job this process took and has not yet acknowledged or pushed back. */
    private final InProgressLedger ledger = new InProgressLedger();

    private final Outage outage = new Outage(LOG, "fetcher");
    private final Outage acknowledgerOutage = new Outage(LOG, "acknowledger");
    private volatile boolean quiet;
    private volatile boolean acknowledgerStopped;

    /** Stray checks still to do after an outage, and when the next one is due (nanoTime). */
    private int strayChecksLeft;

    private long nextStrayCheck;

    Fetcher(
            Backend backend,
            String identity,
            List<QueueWeight> queues,
            boolean strict,
            int concurrency) {
        this.backend = backend;
        this.identity = identity;
        this.queues = List.copyOf(queues);
        this.strict = strict;
        int prefetch = prefetch(concurrency);
        this.freeSlots = new AtomicInteger(concurrency + prefetch);
        this.refillAt = Math.max(1, prefetch / 2);
    }

    /**
     * How many jobs may wait in the buffer beyond those running: enough that one fetch round trip
     * brings a batch worth its cost, few enough that a crash leaves little to recover.
     */
    static int prefetch(int concurrency) {
        return Math.min(500, Math.max(300, 2 * concurrency));
    }

    @Override
    public void run() {
        fetcherThread = Thread.currentThread();
        nextStrayCheck = System.nanoTime();
        while (!quiet) {
            if (!pushBackUnsettled()) {
                break;
            }
            int wanted = acquireSlots();
            if (wanted == 0) {
                continue;
            }
            InProgressLedger.Acknowledgement acks = acknowledgement(false);
            List<QueuedJob> jobs;
            try {
                jobs = backend.fetch(identity, order(), wanted, WAIT, acks.jobs());
            } catch (BackendException e) {
                // notSent also puts the ledger out of step: the fetch may have moved jobs unseen.
                ledger.notSent(acks);
                releaseSlots(wanted);
                strayChecksLeft = STRAY_CHECKS;
                nextStrayCheck = System.nanoTime();
                if (!outage.failed(e, this::state)) {
                    break;
                }
                continue;
            }
            ledger.acknowledged(acks);
            ledger.took(jobs);
            releaseSlots(wanted - jobs.size());
            buffer.addAll(jobs);
            outage.succeeded();
            if ((strayChecksLeft > 0 || !ledger.inStep())
                    && System.nanoTime() - nextStrayCheck >= 0) {
                checkLists();
            }
        }
        pushBackBuffered();
        flushFinished();
    }

    private String state() {
        return "in hand: "
                + inHand()
                + " jobs, "
                + ledger.size()
                + " jobs in progress (running, buffered or to acknowledge) and "
                + unsettled.size()
                + " unrecorded failures waiting";
    }

    /**
     * The acknowledger's loop, on a thread of its own from start to stop: sends the
     * acknowledgements of finished jobs within a few milliseconds, so that while the fetcher waits
     * on empty queues, or after quiet, finished jobs do not linger in the in-progress lists (where
     * a crash would run them again and blame them for it). At high throughput most acknowledgements
     * still travel with the next fetch.
     */
    void runAcknowledger() {
        while (!acknowledgerStopped) {
            try {
                long waitMillis = ledger.hasFinished() ? LOOSE_GRACE_MILLIS : 100;
                QueuedJob first = finished.poll(waitMillis, TimeUnit.MILLISECONDS);
                if (quiet && !pushBackUnsettled(acknowledgerOutage)) {
                    return;
                }
                if (first == null && !ledger.hasFinished()) {
                    continue;
                }
                if (first != null) {
                    finished.add(first);
                    Thread.sleep(ACK_GATHER_MILLIS);
                }
                InProgressLedger.Acknowledgement acks = acknowledgement(false);
                if (acks.isEmpty()) {
                    continue;
                }
                try {
                    backend.acknowledge(identity, acks.jobs());
                    ledger.acknowledged(acks);
                    acknowledgerOutage.succeeded();
                } catch (BackendException e) {
                    ledger.notSent(acks);
                    if (!acknowledgerOutage.failed(e, this::state)) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Ends the acknowledger's loop; the launcher then flushes what is left. */
    void stopAcknowledging() {
        acknowledgerStopped = true;
    }

    /** Requeues the jobs whose failure could not be recorded; false if interrupted in backoff. */
    private boolean pushBackUnsettled() {
        return pushBackUnsettled(outage);
    }

    private boolean pushBackUnsettled(Outage loop) {
        List<QueuedJob> jobs = drain(unsettled);
        if (jobs.isEmpty()) {
            return true;
        }
        try {
            backend.requeue(identity, jobs);
        } catch (BackendException e) {
            ledger.outOfStep();
            unsettled.addAll(jobs);
            return loop.failed(e, this::state);
        }
        forget(jobs);
        releaseSlots(jobs.size());
        LOG.warn(
                "pushed {} jobs whose failure could not be recorded back to their queues; they"
                        + " will run again",
                jobs.size());
        // The backend took the requeue but refused the retry or dead-set write: pause, so a
        // failing job does not spin through fetch, run and requeue while that lasts.
        try {
            Thread.sleep(UNSETTLED_PAUSE_MILLIS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * After a failed write: a fetch whose reply was lost may have moved jobs into this process's
     * in-progress lists without this process knowing. Those strays would wait there until this
     * process dies, so they go back to their queues now; two checks, {@link #STRAY_RECHECK_NANOS}
     * apart, also catch a blocking fetch that the broken connection left behind. Once no check is
     * left, the same read, finding no stray, brings the ledger back in step with the lists (see
     * {@link InProgressLedger}); until then every acknowledgement is checked entry by entry.
     */
    private void checkLists() {
        try {
            InProgressLedger.Snapshot before = ledger.snapshot();
            List<QueuedJob> listed = backend.inProgress(identity);
            List<QueuedJob> strays = before.strays(listed);
            if (!strays.isEmpty()) {
                backend.requeue(identity, strays);
                LOG.warn(
                        "pushed {} jobs back to their queues that a fetch had taken during the"
                                + " outage without its reply arriving",
                        strays.size());
            }
            if (strayChecksLeft > 0) {
                strayChecksLeft--;
            } else if (strays.isEmpty() && ledger.bringInStep(before, listed)) {
                LOG.info(
                        "the in-progress lists match this process's account again after a failed"
                                + " write");
            }
            nextStrayCheck = System.nanoTime() + STRAY_RECHECK_NANOS;
        } catch (BackendException e) {
            ledger.outOfStep();
            LOG.warn(
                    "could not check the in-progress lists after the outage; will try again"
                            + " after the next fetch: {}",
                    e.getMessage());
        }
    }

    private void forget(List<QueuedJob> jobs) {
        ledger.removed(jobs);
    }

    /** Takes in what processors finished and chooses what to acknowledge now. */
    private InProgressLedger.Acknowledgement acknowledgement(boolean everything) {
        long now = System.nanoTime();
        ledger.finished(drain(finished), now);
        return ledger.acknowledgement(now, everything);
    }

    private static List<QueuedJob> drain(java.util.Queue<QueuedJob> from) {
        List<QueuedJob> jobs = new ArrayList<>();
        QueuedJob job;
        while ((job = from.poll()) != null) {
            jobs.add(job);
        }
        return jobs;
    }

    /**
     * Waits for free slots. While processors still have buffered work it waits (briefly) until half
     * the prefetch is free, so each round trip moves a real batch; when the buffer is empty it
     * fetches at once, however few slots are free, so no processor waits for a batch to fill.
     */
    private int acquireSlots() {
        long refillDeadline = 0;
        while (!quiet) {
            int free = freeSlots.get();
            if (free > 0
                    && (free >= refillAt
                            || buffer.isEmpty()
                            || (refillDeadline != 0 && System.nanoTime() - refillDeadline >= 0))) {
                return freeSlots.getAndSet(0);
            }
            if (free > 0 && refillDeadline == 0) {
                refillDeadline = System.nanoTime() + REFILL_WAIT_NANOS;
            }
            LockSupport.parkNanos(this, free > 0 ? REFILL_WAIT_NANOS : IDLE_WAIT_NANOS);
            if (Thread.currentThread().isInterrupted()) {
                quiet = true;
                return 0;
            }
            if (free == 0 && freeSlots.get() == 0) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * Gives slots back, and wakes the fetcher when a batch is worth fetching: half the prefetch is
     * free, or the buffer ran dry. In between it sleeps, rather than waking for every finished job.
     */
    private void releaseSlots(int count) {
        if (count <= 0) {
            return;
        }
        int free = freeSlots.addAndGet(count);
        Thread fetcher = fetcherThread;
        if (fetcher != null && (free >= refillAt || buffer.isEmpty())) {
            LockSupport.unpark(fetcher);
        }
    }

    /** The queue order for one fetch: as listed, or shuffled by weight as Sidekiq does it. */
    List<String> order() {
        List<String> names = new ArrayList<>();
        if (strict) {
            queues.forEach(queue -> names.add(queue.name()));
            return names;
        }
        for (QueueWeight queue : queues) {
            for (int i = 0; i < Math.max(1, queue.weight()); i++) {
                names.add(queue.name());
            }
        }
        Collections.shuffle(names, ThreadLocalRandom.current());
        return new ArrayList<>(new LinkedHashSet<>(names));
    }

    /**
     * The next job for a processor, or null when none arrived within the timeout or the worker is
     * quiet: after quiet no buffered job starts, it goes back to its queue instead.
     */
    QueuedJob next(long timeout, TimeUnit unit) throws InterruptedException {
        if (quiet) {
            return null;
        }
        QueuedJob job = buffer.poll(timeout, unit);
        if (job != null && quiet) {
            pushBack(job);
            return null;
        }
        return job;
    }

    /** A job taken from the buffer after quiet goes straight back to its queue. */
    private void pushBack(QueuedJob job) {
        try {
            backend.requeue(identity, List.of(job));
            forget(List.of(job));
        } catch (BackendException e) {
            ledger.outOfStep();
            buffer.offerFirst(job);
        }
    }

    /** A processor finished a job: acknowledge it soon and free its slot. */
    void finished(QueuedJob job) {
        finished.add(job);
        releaseSlots(1);
    }

    /**
     * The launcher pushed running jobs back at shutdown, or tried to: the ledger does not follow
     * that write (a job may also have finished meanwhile), so it no longer matches the lists.
     */
    void runningPushedBack() {
        ledger.outOfStep();
    }

    /**
     * A processor gave up a job that the launcher pushed back at shutdown: free its slot. Whether
     * that push-back reached Redis is not known here, so the ledger is out of step from now on.
     */
    void released(QueuedJob job) {
        ledger.dropped(List.of(job));
        releaseSlots(1);
    }

    /**
     * A processor ran a job but could not write its retry or dead-set entry (the backend is down):
     * the job stays in progress and goes back to its queue once the backend answers. Its slot stays
     * taken until then.
     */
    void unsettled(QueuedJob job) {
        unsettled.add(job);
    }

    void quiet() {
        quiet = true;
        Thread fetcher = fetcherThread;
        if (fetcher != null) {
            LockSupport.unpark(fetcher);
        }
    }

    boolean isQuiet() {
        return quiet;
    }

    int inHand() {
        return buffer.size();
    }

    /**
     * Pushes back what is still buffered, acknowledges what is left and pushes back unrecorded
     * failures; called once more by the launcher at the very end. What cannot be written stays in
     * progress and is recovered once this process's heartbeat has expired.
     */
    void flushFinished() {
        pushBackBuffered();
        InProgressLedger.Acknowledgement acks = acknowledgement(true);
        if (!acks.isEmpty()) {
            try {
                backend.acknowledge(identity, acks.jobs());
                ledger.acknowledged(acks);
            } catch (BackendException e) {
                ledger.notSent(acks);
                LOG.error(
                        "could not acknowledge {} finished jobs; they stay in progress and will"
                                + " run again after recovery",
                        acks.jobs().size(),
                        e);
            }
        }
        List<QueuedJob> failures = drain(unsettled);
        if (!failures.isEmpty()) {
            try {
                backend.requeue(identity, failures);
                forget(failures);
            } catch (BackendException e) {
                ledger.outOfStep();
                LOG.error(
                        "could not push back {} jobs whose failure was not recorded; they stay"
                                + " in progress and will run again after recovery",
                        failures.size(),
                        e);
            }
        }
    }

    private void pushBackBuffered() {
        List<QueuedJob> unstarted = new ArrayList<>();
        buffer.drainTo(unstarted);
        if (unstarted.isEmpty()) {
            return;
        }
        try {
            backend.requeue(identity, unstarted);
            forget(unstarted);
            LOG.info("pushed {} buffered jobs back to their queues", unstarted.size());
        } catch (BackendException e) {
            ledger.outOfStep();
            LOG.error(
                    "could not push {} buffered jobs back; they stay in progress and another"
                            + " process recovers them once this one's heartbeat expires",
                    unstarted.size(),
                    e);
        }
    }
}
