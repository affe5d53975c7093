package dev.errand;

/**
 * A job with one JSON-native argument.
 *
 * @param <A> the argument type: String, Boolean, Integer, Long, Double, a Number, a List or a Map
 *     with String keys
 */
@FunctionalInterface
public non-sealed interface Job1<A> extends Job {
    void perform(A a) throws Exception;
}
