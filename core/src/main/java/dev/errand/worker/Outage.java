package dev.errand.worker;

import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;

/**
 * One loop's view of a backend outage: the first failure is logged once, as an error with the state
 * that explains it; later failures of the same outage are quiet; the loop backs off (100 ms
 * doubling up to 5 s) and says when it is back.
 */
final class Outage {
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    private final Logger log;
    private final String loop;
    private long backoffMillis;
    private long failures;
    private long startedNanos;

    Outage(Logger log, String loop) {
        this.log = log;
        this.loop = loop;
    }

    /** Records a failure and sleeps for the backoff; returns false if interrupted. */
    boolean failed(RuntimeException error, Supplier<String> state) {
        if (failures++ == 0) {
            startedNanos = System.nanoTime();
            backoffMillis = 100;
            log.error(
                    "{} cannot reach the backend ({}); retrying with backoff. {}",
                    loop,
                    error.getMessage(),
                    state.get(),
                    error);
        } else {
            backoffMillis = Math.min(MAX_BACKOFF_MILLIS, backoffMillis * 2);
        }
        try {
            Thread.sleep(backoffMillis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Records a success; returns true when it ends an outage. */
    boolean succeeded() {
        if (failures == 0) {
            return false;
        }
        Duration down = Duration.ofNanos(System.nanoTime() - startedNanos);
        log.warn(
                "{} reached the backend again after {} ms and {} failed attempts",
                loop,
                down.toMillis(),
                failures);
        failures = 0;
        return true;
    }
}
