package dev.errand;

/** A job without arguments. */
@FunctionalInterface
public non-sealed interface Job0 extends Job {
    void perform() throws Exception;
}
