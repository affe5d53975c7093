package dev.errand.testing.internal;

import java.time.Duration;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Waits with Awaitility until an assertion passes. On timeout it runs the assertion once more and
 * fails with that assertion's own message (the usual listing of the jobs), prefixed with how long
 * it waited; Awaitility's timeout does not always carry the last assertion error as its cause. Not
 * part of the public API.
 */
public final class Waiting {

    private Waiting() {}

    public static <T> T until(Duration timeout, Duration pollInterval, Supplier<T> check) {
        try {
            Object[] found = new Object[1];
            Awaitility.await()
                    .atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(pollInterval)
                    .untilAsserted(() -> found[0] = check.get());
            @SuppressWarnings("unchecked")
            T result = (T) found[0];
            return result;
        } catch (ConditionTimeoutException timedOut) {
            try {
                return check.get();
            } catch (AssertionError assertion) {
                AssertionError failure =
                        new AssertionError(
                                "Waited " + timeout + " in vain. " + assertion.getMessage(),
                                assertion);
                failure.addSuppressed(timedOut);
                throw failure;
            }
        }
    }
}
