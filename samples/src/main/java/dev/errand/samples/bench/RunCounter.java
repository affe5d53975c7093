package dev.errand.samples.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts job runs and notes the moment the expected number was reached, so a drain is timed to its
 * last job without polling.
 */
public final class RunCounter {
    private final AtomicLong runs = new AtomicLong();
    private volatile long target = Long.MAX_VALUE;
    private volatile long reachedAtNanos;
    private volatile CountDownLatch reached = new CountDownLatch(1);

    /** Starts a round: counts from zero towards {@code expected}. */
    public void expect(long expected) {
        runs.set(0);
        reached = new CountDownLatch(1);
        target = expected;
    }

    void ran() {
        if (runs.incrementAndGet() == target) {
            reachedAtNanos = System.nanoTime();
            reached.countDown();
        }
    }

    public long runs() {
        return runs.get();
    }

    /** The System.nanoTime of the expected run, or throws when it did not come in time. */
    public long awaitReached(long timeout, TimeUnit unit) throws InterruptedException {
        if (!reached.await(timeout, unit)) {
            throw new IllegalStateException(
                    "only "
                            + runs.get()
                            + " of "
                            + target
                            + " jobs ran within "
                            + timeout
                            + " "
                            + unit);
        }
        return reachedAtNanos;
    }
}
