package dev.errand.worker;

import dev.errand.Job;
import dev.errand.JobSpec;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Maps wire class names to the jobs this worker may run. Only registered jobs ever run: a payload
 * naming any other class fails with {@link UnknownJobException} and goes to the retry or dead set.
 * Nothing here loads or instantiates a class by name.
 */
public final class Registry {

    /** One registered job: its spec and how to make an instance for each run. */
    public record Registration<J extends Job>(JobSpec<J> spec, Supplier<? extends J> factory) {}

    private final Map<String, Registration<?>> byClassName = new ConcurrentHashMap<>();

    public <J extends Job> void register(JobSpec<J> spec, Supplier<? extends J> factory) {
        Objects.requireNonNull(spec, "register: spec is null");
        Objects.requireNonNull(factory, "register: factory for " + spec.className() + " is null");
        Registration<?> previous =
                byClassName.putIfAbsent(spec.className(), new Registration<>(spec, factory));
        if (previous != null) {
            throw new IllegalArgumentException(
                    "register: "
                            + spec.className()
                            + " is already registered; each wire class name maps to one job");
        }
    }

    public Optional<Registration<?>> find(String className) {
        return Optional.ofNullable(get(className));
    }

    /** The registration for a wire class name, or null; the worker's per-job lookup. */
    Registration<?> get(String className) {
        return byClassName.get(className);
    }

    public java.util.Set<String> classNames() {
        return java.util.Set.copyOf(byClassName.keySet());
    }
}
