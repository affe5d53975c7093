package dev.errand;

public non-sealed interface Job0 extends Job {
    void perform() throws Exception;
}
