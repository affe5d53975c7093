package io.micrometer.core.instrument;

public abstract class MeterRegistry {
    public Counter counter(String n, String... tags) {
        return null;
    }
}
