package dev.errand.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jobs a worker finished, to acknowledge, with what the worker knows of where they sit in its
 * in-progress lists.
 *
 * <p>{@code oldest} maps a queue to jobs that, the worker believes, are the oldest entries of that
 * queue's in-progress list, oldest first: a backend may cut them off the end of the list in one
 * step after checking that the list's end does hold them, entry by entry. {@code exact} names the
 * queues whose list the worker knows exactly, up to entries newer than the run and entries already
 * removed: no payload in it twice, and none the worker has not seen. There the order of the entries
 * is the worker's, so a check of the run's two ends is enough. {@code others} are found one by one.
 * Acknowledging removes one copy of each job's payload; a job no longer in progress is skipped.
 */
public record FinishedJobs(
        Map<String, List<QueuedJob>> oldest, List<QueuedJob> others, Set<String> exact) {
    public static final FinishedJobs NONE = new FinishedJobs(Map.of(), List.of());

    public FinishedJobs {
        oldest = Map.copyOf(oldest);
        others = List.copyOf(others);
        exact = Set.copyOf(exact);
    }

    /** Runs whose lists are not known exactly: each run is checked entry by entry. */
    public FinishedJobs(Map<String, List<QueuedJob>> oldest, List<QueuedJob> others) {
        this(oldest, others, Set.of());
    }

    /** Jobs whose place in the in-progress lists is not known: each is found one by one. */
    public static FinishedJobs anywhere(List<QueuedJob> jobs) {
        return new FinishedJobs(Map.of(), jobs);
    }

    public boolean isEmpty() {
        return oldest.isEmpty() && others.isEmpty();
    }

    /** Every job, the oldest runs first. */
    public List<QueuedJob> all() {
        List<QueuedJob> all = new ArrayList<>(size());
        oldest.values().forEach(all::addAll);
        all.addAll(others);
        return all;
    }

    public int size() {
        return oldest.values().stream().mapToInt(List::size).sum() + others.size();
    }
}
