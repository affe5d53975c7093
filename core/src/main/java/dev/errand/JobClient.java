package dev.errand;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Pushes jobs. Application code depends on this interface: {@link Errand} implements it on a real
 * backend, and the testing module's harness implements it in memory.
 *
 * <p>The typed methods are checked by the compiler against the job's {@code perform} signature.
 * Arguments must be JSON-native; anything else is rejected before it reaches the backend, with an
 * {@link InvalidJobArgumentException} naming the position and the type found. Terminal verbs carry
 * the timing: {@code enqueue} (now), {@code enqueueIn} (after a delay), {@code enqueueAt} (at a
 * time), {@code enqueueAll} (many at once, one round trip per thousand), {@code enqueueTo} (by
 * class name, for Ruby jobs).
 *
 * <p>Every method returns the new job's jid (24 hex characters), or null when a client middleware
 * stopped the push.
 */
public interface JobClient {

    /**
     * Pushes one job per argument list, all with the same options: the one method an implementation
     * provides.
     *
     * @return the jids, in order (null where a client middleware stopped a push)
     */
    List<String> push(JobSpec<?> spec, List<? extends List<?>> argumentLists, PushOptions options);

    /** The clock that {@code enqueueIn} counts from. */
    default Clock clock() {
        return Clock.systemUTC();
    }

    default String enqueue(JobSpec<? extends Job0> spec) {
        return pushOne(spec, PushOptions.NOW);
    }

    default <A> String enqueue(JobSpec<? extends Job1<A>> spec, A a) {
        return pushOne(spec, PushOptions.NOW, a);
    }

    default <A, B> String enqueue(JobSpec<? extends Job2<A, B>> spec, A a, B b) {
        return pushOne(spec, PushOptions.NOW, a, b);
    }

    default <A, B, C> String enqueue(JobSpec<? extends Job3<A, B, C>> spec, A a, B b, C c) {
        return pushOne(spec, PushOptions.NOW, a, b, c);
    }

    default String enqueueIn(JobSpec<? extends Job0> spec, Duration delay) {
        return pushOne(spec, in(delay));
    }

    default <A> String enqueueIn(JobSpec<? extends Job1<A>> spec, Duration delay, A a) {
        return pushOne(spec, in(delay), a);
    }

    default <A, B> String enqueueIn(JobSpec<? extends Job2<A, B>> spec, Duration delay, A a, B b) {
        return pushOne(spec, in(delay), a, b);
    }

    default <A, B, C> String enqueueIn(
            JobSpec<? extends Job3<A, B, C>> spec, Duration delay, A a, B b, C c) {
        return pushOne(spec, in(delay), a, b, c);
    }

    default String enqueueAt(JobSpec<? extends Job0> spec, Instant at) {
        return pushOne(spec, at(at));
    }

    default <A> String enqueueAt(JobSpec<? extends Job1<A>> spec, Instant at, A a) {
        return pushOne(spec, at(at), a);
    }

    default <A, B> String enqueueAt(JobSpec<? extends Job2<A, B>> spec, Instant at, A a, B b) {
        return pushOne(spec, at(at), a, b);
    }

    default <A, B, C> String enqueueAt(
            JobSpec<? extends Job3<A, B, C>> spec, Instant at, A a, B b, C c) {
        return pushOne(spec, at(at), a, b, c);
    }

    /** One job per element, pushed in one round trip per thousand jobs. */
    default <A> List<String> enqueueAll(
            JobSpec<? extends Job1<A>> spec, Collection<? extends A> args) {
        Objects.requireNonNull(args, "enqueueAll: argument collection is null");
        List<List<?>> lists = new ArrayList<>(args.size());
        for (A a : args) {
            lists.add(Arrays.asList(a));
        }
        return push(spec, lists, PushOptions.NOW);
    }

    /**
     * One job per argument list, for jobs of any arity; the lists are checked against the job's
     * signature at run time.
     */
    default List<String> enqueueAllArgs(JobSpec<?> spec, List<? extends List<?>> argumentLists) {
        return push(spec, argumentLists, PushOptions.NOW);
    }

    /** Pushes a job with an argument list checked at run time, for raw and Ruby-only jobs. */
    default String enqueueArgs(JobSpec<?> spec, List<?> args) {
        return push(spec, List.of(requireArgs(spec.className(), args)), PushOptions.NOW).get(0);
    }

    /**
     * Pushes a job to a queue by class name, like Sidekiq's {@code Client.enqueue_to}: for a Ruby
     * job with no Java twin. The payload has {@code retry: true} and no other option.
     */
    default String enqueueTo(String queue, String className, List<?> args) {
        return push(
                        JobSpec.named(className).queue(queue).build(),
                        List.of(requireArgs(className, args)),
                        PushOptions.NOW)
                .get(0);
    }

    private static List<?> requireArgs(String className, List<?> args) {
        if (args == null) {
            throw new InvalidJobArgumentException(
                    "arguments to "
                            + className
                            + " are null; pass"
                            + " an empty list for a job without arguments");
        }
        return args;
    }

    /**
     * Starts a push with per-call options: {@code
     * client.with(SPEC).queue("critical").at(instant).enqueue(42L)}.
     */
    default <J extends Job> Enqueue<J> with(JobSpec<J> spec) {
        return new Enqueue<>(this, spec, PushOptions.NOW);
    }

    private String pushOne(JobSpec<?> spec, PushOptions options, Object... args) {
        return push(spec, List.of(Arrays.asList(args)), options).get(0);
    }

    private PushOptions in(Duration delay) {
        Objects.requireNonNull(delay, "enqueueIn: delay is null");
        return PushOptions.NOW.withAt(clock().instant().plus(delay));
    }

    private static PushOptions at(Instant at) {
        return PushOptions.NOW.withAt(Objects.requireNonNull(at, "enqueueAt: time is null"));
    }
}
