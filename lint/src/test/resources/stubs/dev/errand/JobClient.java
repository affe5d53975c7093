package dev.errand;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Stub of the core client: the same enqueue signatures, no behaviour. */
public interface JobClient {
    List<String> push(JobSpec<?> spec, List<? extends List<?>> argumentLists, PushOptions options);

    default String enqueue(JobSpec<? extends Job0> spec) {
        return null;
    }

    default <A> String enqueue(JobSpec<? extends Job1<A>> spec, A a) {
        return null;
    }

    default <A, B> String enqueue(JobSpec<? extends Job2<A, B>> spec, A a, B b) {
        return null;
    }

    default <A, B, C> String enqueue(JobSpec<? extends Job3<A, B, C>> spec, A a, B b, C c) {
        return null;
    }

    default String enqueueIn(JobSpec<? extends Job0> spec, Duration delay) {
        return null;
    }

    default <A> String enqueueIn(JobSpec<? extends Job1<A>> spec, Duration delay, A a) {
        return null;
    }

    default <A, B> String enqueueIn(JobSpec<? extends Job2<A, B>> spec, Duration delay, A a, B b) {
        return null;
    }

    default <A, B, C> String enqueueIn(
            JobSpec<? extends Job3<A, B, C>> spec, Duration delay, A a, B b, C c) {
        return null;
    }

    default String enqueueAt(JobSpec<? extends Job0> spec, Instant at) {
        return null;
    }

    default <A> String enqueueAt(JobSpec<? extends Job1<A>> spec, Instant at, A a) {
        return null;
    }

    default <A, B> String enqueueAt(JobSpec<? extends Job2<A, B>> spec, Instant at, A a, B b) {
        return null;
    }

    default <A, B, C> String enqueueAt(
            JobSpec<? extends Job3<A, B, C>> spec, Instant at, A a, B b, C c) {
        return null;
    }

    default <A> List<String> enqueueAll(
            JobSpec<? extends Job1<A>> spec, Collection<? extends A> args) {
        return null;
    }

    default List<String> enqueueAllArgs(JobSpec<?> spec, List<? extends List<?>> argumentLists) {
        return null;
    }

    default String enqueueArgs(JobSpec<?> spec, List<?> args) {
        return null;
    }

    default String push(String className, String queue, List<?> args) {
        return null;
    }

    default String enqueueTo(String queue, String className, List<?> args) {
        return null;
    }

    default <J extends Job> Enqueue<J> with(JobSpec<J> spec) {
        return new Enqueue<>();
    }
}
