package dev.errand.testing;

/** A block of test code that returns a value, such as the result of the call under test. */
@FunctionalInterface
public interface ThrowingSupplier<T> {
    T get() throws Exception;
}
