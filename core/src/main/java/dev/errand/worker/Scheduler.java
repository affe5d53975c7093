package dev.errand.worker;

import dev.errand.backend.Backend;
import dev.errand.backend.BackendException;
import dev.errand.backend.JobSet;
import dev.errand.wire.Timestamps;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves due jobs from the retry and schedule sets to their queues (retries first, as Sidekiq does).
 * Each move is atomic in the backend, so any number of processes may run a scheduler at once.
 * Instead of polling blindly every few seconds it sleeps until the earliest due time it knows of,
 * but never longer than the poll interval, so jobs scheduled by other processes are seen within
 * that interval.
 *
 * <p>It stops when {@link #stop()} is called; a sleep in progress ends at once.
 */
final class Scheduler implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);
    private static final int BATCH = 100;

    private final Backend backend;
    private final Clock clock;
    private final Duration pollInterval;
    private final Outage outage = new Outage(LOG, "scheduler");
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private volatile boolean stopped;

    Scheduler(Backend backend, Clock clock, Duration pollInterval) {
        this.backend = backend;
        this.clock = clock;
        this.pollInterval = pollInterval;
    }

    @Override
    public void run() {
        while (!stopped) {
            try {
                enqueueDue(JobSet.RETRY);
                enqueueDue(JobSet.SCHEDULE);
                long sleepMillis = millisUntilNextDue();
                outage.succeeded();
                sleep(sleepMillis);
            } catch (BackendException e) {
                if (!outage.failed(e, () -> "retry and schedule sets not polled")) {
                    return;
                }
            }
        }
    }

    private void enqueueDue(JobSet set) {
        int moved;
        do {
            moved = backend.enqueueDue(set, Timestamps.score(clock.instant()), BATCH);
            if (moved > 0) {
                LOG.debug("moved {} due jobs from {} to their queues", moved, set.key());
            }
        } while (moved == BATCH && !stopped);
    }

    private long millisUntilNextDue() {
        double now = Timestamps.score(clock.instant());
        long wait = pollInterval.toMillis();
        for (JobSet set : new JobSet[] {JobSet.RETRY, JobSet.SCHEDULE}) {
            Optional<Double> earliest = backend.earliestScore(set);
            if (earliest.isPresent()) {
                wait = Math.min(wait, (long) Math.ceil((earliest.get() - now) * 1000));
            }
        }
        return Math.max(0, wait);
    }

    private void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        lock.lock();
        try {
            if (!stopped) {
                wake.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        } finally {
            lock.unlock();
        }
    }

    void stop() {
        stopped = true;
        lock.lock();
        try {
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
