package dev.errand;

/** A job with two JSON-native arguments. */
@FunctionalInterface
public non-sealed interface Job2<A, B> extends Job {
    void perform(A a, B b) throws Exception;
}
