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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes work from the queues and hands it to processors through a small local buffer.
 *
 * <h2>Delivery guarantee: at least once</h2>
 *
 * <p>Every job is moved atomically from its queue into this process's in-progress list by the
 * backend, and removed from there only when a processor has finished with it, after any retry or
 * dead-set entry was written. A job is therefore always in exactly one of: its queue, an
 * in-progress list, the retry/schedule/dead set, or done. If the process dies (kill -9, a crash,
 * a lost machine) its in-progress jobs stay in Redis; once its heartbeat expires a live process
 * pushes them back to their queues. A job can run twice when the process died after the job ran
 * and before the acknowledgement reached Redis, or when a hard shutdown pushed back a job that
 * then finished anyway. Jobs should be idempotent.
 *
 * <h2>Round trips</h2>
 *
 * <p>One fetch moves up to {@code 2 x concurrency} jobs minus those already in hand, and carries
 * the acknowledgements of the jobs finished since the previous fetch. Buffered jobs count as in
 * progress and go back to the front of their queue at quiet or stop.
 *
 * <p>It stops when {@link #quiet()} is called: no further fetch, buffered jobs pushed back.
 */
final class Fetcher implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Fetcher.class);
    private static final Duration WAIT = Duration.ofSeconds(1);

    private final Backend backend;
    private final String identity;
    private final List<QueueWeight> queues;
    private final boolean strict;
    private final Semaphore slots;
    private final BlockingQueue<QueuedJob> buffer = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<QueuedJob> finished = new ConcurrentLinkedQueue<>();
    private final Outage outage = new Outage(LOG, "fetcher");
    private volatile boolean quiet;

    Fetcher(Backend backend, String identity, List<QueueWeight> queues, boolean strict,
            int concurrency) {
        this.backend = backend;
        this.identity = identity;
        this.queues = List.copyOf(queues);
        this.strict = strict;
        this.slots = new Semaphore(2 * concurrency);
    }

    @Override
    public void run() {
        while (!quiet) {
            int wanted = acquireSlots();
            if (wanted == 0) {
                continue;
            }
            List<QueuedJob> acks = takeFinished();
            try {
                List<QueuedJob> jobs = backend.fetch(identity, order(), wanted, WAIT, acks);
                outage.succeeded();
                slots.release(wanted - jobs.size());
                buffer.addAll(jobs);
            } catch (BackendException e) {
                finished.addAll(acks);
                slots.release(wanted);
                if (!outage.failed(e, () -> "in hand: " + inHand() + " jobs")) {
                    break;
                }
            }
        }
        pushBackBuffered();
        flushFinished();
    }

    private int acquireSlots() {
        try {
            if (!slots.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                return 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            quiet = true;
            return 0;
        }
        return 1 + slots.drainPermits();
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

    /** The next job for a processor, or null when none arrived within the timeout. */
    QueuedJob next(long timeout, TimeUnit unit) throws InterruptedException {
        return buffer.poll(timeout, unit);
    }

    /** A processor finished a job: acknowledge it with the next fetch and free its slot. */
    void finished(QueuedJob job) {
        finished.add(job);
        slots.release();
    }

    /** A processor gave up a job that was pushed back: free its slot only. */
    void released() {
        slots.release();
    }

    void quiet() {
        quiet = true;
    }

    boolean isQuiet() {
        return quiet;
    }

    int inHand() {
        return buffer.size();
    }

    private List<QueuedJob> takeFinished() {
        List<QueuedJob> acks = new ArrayList<>();
        QueuedJob job;
        while ((job = finished.poll()) != null) {
            acks.add(job);
        }
        return acks;
    }

    /** Acknowledges what is left; called once more by the launcher at the very end. */
    void flushFinished() {
        List<QueuedJob> acks = takeFinished();
        if (acks.isEmpty()) {
            return;
        }
        try {
            backend.acknowledge(identity, acks);
        } catch (BackendException e) {
            LOG.error("could not acknowledge {} finished jobs; they stay in progress and will run"
                    + " again after recovery", acks.size(), e);
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
            LOG.info("pushed {} buffered jobs back to their queues", unstarted.size());
        } catch (BackendException e) {
            LOG.error("could not push {} buffered jobs back; they stay in progress and another"
                    + " process recovers them once this one's heartbeat expires",
                    unstarted.size(), e);
        }
    }
}
