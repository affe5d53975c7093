package dev.errand;

public non-sealed interface Job1<A> extends Job {
    void perform(A a) throws Exception;
}
