package dev.errand.testing;

/** A block of test code, such as the code whose enqueues an assertion counts. */
@FunctionalInterface
public interface ThrowingRunnable {
    void run() throws Exception;
}
