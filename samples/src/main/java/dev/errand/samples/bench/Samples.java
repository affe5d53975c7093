package dev.errand.samples.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds, written by job threads, read once they have all arrived. */
public final class Samples {
    private final long[] values;
    private final java.util.concurrent.atomic.AtomicInteger count =
            new java.util.concurrent.atomic.AtomicInteger();

    public Samples(int capacity) {
        this.values = new long[capacity];
    }

    void record(long nanos) {
        int slot = count.getAndIncrement();
        if (slot < values.length) {
            values[slot] = nanos;
        }
    }

    public int count() {
        return Math.min(count.get(), values.length);
    }

    /** The q-quantile (0 &lt; q &le; 1) by the nearest-rank method, in milliseconds. */
    public double quantileMillis(double q) {
        long[] sorted = Arrays.copyOf(values, count());
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
