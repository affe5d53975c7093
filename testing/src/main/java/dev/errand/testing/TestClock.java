package dev.errand.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it. The harness computes {@code enqueueIn} times,
 * retry times and failure timestamps from it, and its schedule and retry set follow it: a job is
 * due when this clock reaches its time, never because real time passed.
 *
 * <p>Thread-safe. Views made by {@link #withZone} share the same time.
 */
public final class TestClock extends Clock {

    /**
     * Where a harness clock starts unless told otherwise: a fixed instant, so runs repeat exactly
     * and a job timed by the system clock instead of this one stands out in a failure message.
     */
    public static final Instant DEFAULT_START = Instant.parse("2030-01-01T00:00:00Z");

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public TestClock() {
        this(DEFAULT_START);
    }

    public TestClock(Instant start) {
        this(
                new AtomicReference<>(Objects.requireNonNull(start, "TestClock: start is null")),
                ZoneOffset.UTC);
    }

    private TestClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public TestClock withZone(ZoneId zone) {
        return new TestClock(now, Objects.requireNonNull(zone, "withZone: zone is null"));
    }

    /**
     * Moves the clock forward. Nothing runs: call {@link ErrandHarness#runDue()} or use {@link
     * ErrandHarness#advanceAndRunDue(Duration)} to run what became due.
     *
     * @return the new time
     */
    public Instant advance(Duration duration) {
        Objects.requireNonNull(duration, "advance: duration is null");
        if (duration.isNegative()) {
            throw new IllegalArgumentException(
                    "advance: duration must not be negative, got "
                            + duration
                            + "; use set(instant) to move the clock back");
        }
        return now.updateAndGet(current -> current.plus(duration));
    }

    /** Sets the clock to a time, earlier or later than now. */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "set: instant is null"));
    }

    @Override
    public String toString() {
        return "TestClock[" + now.get() + "]";
    }
}
