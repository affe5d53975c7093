package dev.errand;

public non-sealed interface Job2<A, B> extends Job {
    void perform(A a, B b) throws Exception;
}
