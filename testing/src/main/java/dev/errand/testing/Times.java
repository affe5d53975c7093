package dev.errand.testing;

/**
 * How many jobs an assertion expects among those that match: {@link #exactly}, {@link #atLeast},
 * {@link #atMost}, {@link #once}, {@link #twice} or {@link #never}. Counting always applies to the
 * jobs that match every part of the expectation, never to all jobs of the class. An assertion given
 * no {@code Times} means at least once (rspec's {@code have_enqueued_job} means exactly once): pass
 * {@code once()} for that.
 */
public final class Times {
    private final int min;
    private final int max;
    private final String description;

    private Times(int min, int max, String description) {
        this.min = min;
        this.max = max;
        this.description = description;
    }

    public static Times exactly(int count) {
        requireNotNegative("exactly", count);
        return new Times(count, count, "exactly " + count);
    }

    public static Times atLeast(int count) {
        requireNotNegative("atLeast", count);
        return new Times(count, Integer.MAX_VALUE, "at least " + count);
    }

    public static Times atMost(int count) {
        requireNotNegative("atMost", count);
        return new Times(0, count, "at most " + count);
    }

    public static Times once() {
        return exactly(1);
    }

    public static Times twice() {
        return exactly(2);
    }

    /** No matching job at all: fails when one or more match. */
    public static Times never() {
        return new Times(0, 0, "no");
    }

    public boolean allows(int count) {
        return count >= min && count <= max;
    }

    @Override
    public String toString() {
        return description;
    }

    private static void requireNotNegative(String option, int count) {
        if (count < 0) {
            throw new IllegalArgumentException(option + ": count must be 0 or more, got " + count);
        }
    }
}
