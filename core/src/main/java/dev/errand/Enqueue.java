package dev.errand;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A push with per-call options, started by {@link JobClient#with}. Its {@code enqueue} checks the
 * arguments against the job's {@code perform} signature at run time (count and types), since a
 * fluent chain cannot carry the signature to the compiler.
 */
public final class Enqueue<J extends Job> {
    private final JobClient client;
    private final JobSpec<J> spec;
    private final PushOptions options;

    Enqueue(JobClient client, JobSpec<J> spec, PushOptions options) {
        this.client = Objects.requireNonNull(client);
        this.spec = Objects.requireNonNull(spec, "with: spec is null");
        this.options = options;
    }

    /** Another queue for this push only. */
    public Enqueue<J> queue(String queue) {
        return new Enqueue<>(client, spec, options.withQueue(queue));
    }

    /** Run at this time instead of now; a time in the past runs now. */
    public Enqueue<J> at(Instant at) {
        return new Enqueue<>(client, spec, options.withAt(Objects.requireNonNull(at, "at: null")));
    }

    /** Run after this delay instead of now. */
    public Enqueue<J> in(Duration delay) {
        Objects.requireNonNull(delay, "in: delay is null");
        return at(client.clock().instant().plus(delay));
    }

    /** Pushes one job with these arguments. */
    public String enqueue(Object... args) {
        List<Object> list = args == null ? Arrays.asList((Object) null) : Arrays.asList(args);
        return client.push(spec, List.of(list), options).get(0);
    }

    /** Pushes one job per argument list. */
    public List<String> enqueueAll(List<? extends List<?>> argumentLists) {
        return client.push(spec, argumentLists, options);
    }
}
