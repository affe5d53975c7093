package dev.errand;

public non-sealed interface Job3<A, B, C> extends Job {
    void perform(A a, B b, C c) throws Exception;
}
