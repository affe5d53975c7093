package dev.errand.worker;

import dev.errand.WorkerStats;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What this process has done since it started, and what it has not yet written to the stats keys.
 * The heartbeat takes the unwritten counts and puts them back if the write fails, so a Redis outage
 * delays the stats but does not lose them.
 */
final class Counters {
    /**
     * Every processor thread counts each job here, so these two are adders rather than atomics:
     * threads that bump one shared cell take turns owning its cache line.
     */
    private final LongAdder processed = new LongAdder();

    private final LongAdder unwrittenProcessed = new LongAdder();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong discarded = new AtomicLong();
    private final AtomicLong dead = new AtomicLong();
    private final AtomicLong unwrittenFailed = new AtomicLong();

    void succeeded() {
        processed.increment();
        unwrittenProcessed.increment();
    }

    void failed(Outcome outcome) {
        processed.increment();
        failed.incrementAndGet();
        unwrittenProcessed.increment();
        unwrittenFailed.incrementAndGet();
        switch (outcome) {
            case RETRIED -> retried.incrementAndGet();
            case DISCARDED -> discarded.incrementAndGet();
            case DEAD -> dead.incrementAndGet();
            case DROPPED -> {}
        }
    }

    /**
     * Takes the counts not yet written: {processed, failed}. A job counted while this runs lands in
     * this take or the next, never in neither.
     */
    long[] takeUnwritten() {
        return new long[] {unwrittenProcessed.sumThenReset(), unwrittenFailed.getAndSet(0)};
    }

    void putBack(long[] counts) {
        unwrittenProcessed.add(counts[0]);
        unwrittenFailed.addAndGet(counts[1]);
    }

    WorkerStats snapshot() {
        return new WorkerStats(
                processed.sum(), failed.get(), retried.get(), discarded.get(), dead.get());
    }
}
