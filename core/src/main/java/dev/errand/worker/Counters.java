package dev.errand.worker;

import dev.errand.WorkerStats;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What this process has done since it started, and what it has not yet written to the stats keys.
 * The heartbeat takes the unwritten counts and puts them back if the write fails, so a Redis outage
 * delays the stats but does not lose them.
 */
final class Counters {
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong discarded = new AtomicLong();
    private final AtomicLong dead = new AtomicLong();
    private final AtomicLong unwrittenProcessed = new AtomicLong();
    private final AtomicLong unwrittenFailed = new AtomicLong();

    void succeeded() {
        processed.incrementAndGet();
        unwrittenProcessed.incrementAndGet();
    }

    void failed(Outcome outcome) {
        processed.incrementAndGet();
        failed.incrementAndGet();
        unwrittenProcessed.incrementAndGet();
        unwrittenFailed.incrementAndGet();
        switch (outcome) {
            case RETRIED -> retried.incrementAndGet();
            case DISCARDED -> discarded.incrementAndGet();
            case DEAD -> dead.incrementAndGet();
            case DROPPED -> {}
        }
    }

    /** Takes the counts not yet written: {processed, failed}. */
    long[] takeUnwritten() {
        return new long[] {unwrittenProcessed.getAndSet(0), unwrittenFailed.getAndSet(0)};
    }

    void putBack(long[] counts) {
        unwrittenProcessed.addAndGet(counts[0]);
        unwrittenFailed.addAndGet(counts[1]);
    }

    WorkerStats snapshot() {
        return new WorkerStats(
                processed.get(), failed.get(), retried.get(), discarded.get(), dead.get());
    }
}
