package dev.errand.backend;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where jobs live. Two implementations keep the same promises: {@code RedisBackend}, on Sidekiq's
 * own key layout so Ruby processes and the Sidekiq Web UI share the data, and {@code
 * InMemoryBackend}, the embedded default for the demo, local development and fast tests. One
 * contract test suite runs against both.
 *
 * <h2>Keys (Redis)</h2>
 *
 * <ul>
 *   <li>{@code queue:NAME} list, newest at the head; workers take from the tail (FIFO);
 *   <li>{@code queues} set of bare queue names;
 *   <li>{@code schedule}, {@code retry}, {@code dead} sorted sets scored by float epoch seconds;
 *   <li>{@code processes} set, {@code IDENTITY} hash, {@code IDENTITY:work} and {@code
 *       IDENTITY:workers} hashes, {@code IDENTITY-signals} list;
 *   <li>{@code stat:processed}, {@code stat:failed} and their {@code :YYYY-MM-DD} daily keys;
 *   <li>Errand's own, for reliable fetch: {@code errand:inprogress:IDENTITY:QUEUE} lists holding
 *       the jobs a process has taken and not yet acknowledged, and the {@code errand:inprogress}
 *       hash from each such list's key to its owner and queue; and {@code errand:crashes:JID}
 *       counters of how often a job was recovered from a dead process, each expiring a day after
 *       its last increment.
 * </ul>
 *
 * <p>Every method that changes data is one round trip (a pipeline, a transaction or a script). A
 * failure to reach the store raises {@link BackendException}; nothing fails silently.
 */
public interface Backend extends AutoCloseable {

    /**
     * Pushes jobs onto their queues and records the queue names: {@code LPUSH queue:NAME} plus
     * {@code SADD queues}. Jobs for one queue keep their order: the first is taken first.
     */
    void push(List<QueuedJob> jobs);

    /** Adds entries to a sorted set ({@code ZADD}); an existing member gets the new score. */
    void add(JobSet set, List<SortedEntry> entries);

    /**
     * Adds one entry to the dead set and trims it as Sidekiq does, atomically: entries scored
     * before {@code entry.score - limits.timeout} go, and at most {@code limits.maxJobs - 1}
     * entries (the newest) stay.
     */
    void kill(SortedEntry entry, DeadSetLimits limits);

    /**
     * Moves due entries (score at most {@code now}) from {@code set} to the tail-first end of their
     * queues, oldest first, at most {@code limit} of them, atomically per entry: an entry is never
     * both in the set and in a queue, and never in neither. The moved payload is the stored one
     * with {@code enqueued_at} set to {@code now} (float seconds) and any {@code at} removed; every
     * other byte is kept. An entry without a {@code queue} goes to {@code default}, as Sidekiq's
     * push does; one that is not a JSON object with a string {@code class} and, when present, a
     * non-empty string {@code queue} goes to the dead set instead of being dropped.
     *
     * @return how many entries were moved (including those sent to the dead set)
     */
    int enqueueDue(JobSet set, double now, int limit);

    /** The lowest score in a set, so the scheduler can sleep until the next due time. */
    Optional<Double> earliestScore(JobSet set);

    /**
     * Reliable fetch: takes up to {@code max} jobs from the tails of {@code queues}, trying the
     * queues in the given order, and moves each one atomically into {@code identity}'s in-progress
     * list for its queue. When every queue is empty it waits up to {@code wait} for a job to
     * arrive. Before fetching it acknowledges {@code finished} in the same round trip.
     *
     * @return the jobs taken, in the order they should run; empty after the wait expired
     */
    List<QueuedJob> fetch(
            String identity, List<String> queues, int max, Duration wait, FinishedJobs finished);

    /** {@link #fetch(String, List, int, Duration, FinishedJobs)} with no known order of acks. */
    default List<QueuedJob> fetch(
            String identity,
            List<String> queues,
            int max,
            Duration wait,
            List<QueuedJob> acknowledge) {
        return fetch(identity, queues, max, wait, FinishedJobs.anywhere(acknowledge));
    }

    /** Removes finished jobs from {@code identity}'s in-progress lists. */
    void acknowledge(String identity, FinishedJobs finished);

    /** Removes finished jobs from {@code identity}'s in-progress lists, finding each one. */
    default void acknowledge(String identity, List<QueuedJob> jobs) {
        acknowledge(identity, FinishedJobs.anywhere(jobs));
    }

    /**
     * Puts jobs back on the tail of their queues (so they are the next to be taken) and removes
     * them from {@code identity}'s in-progress lists, atomically; the first job given is taken
     * first again. Only jobs still in progress go back: one that another process recovered, or that
     * was acknowledged meanwhile, is not pushed a second time.
     */
    void requeue(String identity, List<QueuedJob> jobs);

    /** The jobs {@code identity} has taken and not acknowledged. */
    List<QueuedJob> inProgress(String identity);

    /**
     * Finds in-progress lists whose owner's process record has expired (its heartbeat stopped) and
     * pushes their jobs back to the tail of their queues.
     *
     * @return the jobs recovered
     */
    List<QueuedJob> recoverOrphans();

    /**
     * As {@link #recoverOrphans()}, with the poison-pill rule, in one atomic step: each job found
     * counts one crash against its jid (against the payload itself when it has no jid); a job whose
     * count reaches {@code maxCrashes} goes to the dead set instead of its queue, with {@code
     * error_class} {@code dev.errand.PoisonPillException}, an {@code error_message} saying how many
     * times its process died, and {@code failed_at} if it had none, trimmed as {@link #kill} trims.
     * The payload is edited as text: every other byte stays. A payload that is not a JSON object
     * goes to the dead set as it is.
     *
     * <p>The default, for backends that keep no crash counts, never kills.
     *
     * @param now the dead-set score and the {@code failed_at} written, epoch seconds
     */
    default Recovery recoverOrphans(int maxCrashes, double now, DeadSetLimits limits) {
        return new Recovery(recoverOrphans(), List.of());
    }

    /**
     * Writes one heartbeat: the counters, the work hash, the process hash expiring after {@link
     * ProcessBeat#ttlMillis()} (Sidekiq: 60 seconds) and the {@code processes} membership; pops one
     * remote signal.
     *
     * @return the popped signal ({@code TSTP}, {@code TERM}, {@code TTIN}), if any
     */
    Optional<String> heartbeat(ProcessBeat beat);

    /**
     * Removes the process from {@code processes} and deletes its work hashes and in-progress
     * bookkeeping, after adding the final counters. The process hash itself expires.
     */
    void removeProcess(String identity, long processed, long failed, java.time.LocalDate day);

    // Managing, for the ops API (the Web UI's Delete and Retry buttons).

    /** Deletes a queue's jobs and its name ({@code UNLINK queue:NAME} + {@code SREM queues}). */
    void clearQueue(String queue);

    /** Deletes every entry of a sorted set. */
    void clear(JobSet set);

    /** Deletes one entry of a sorted set by its exact stored bytes; true when it was there. */
    boolean remove(JobSet set, String payload);

    // Reading, for the ops API, the demo and tests.

    long queueSize(String queue);

    /** Payloads on a queue, oldest first (the next to run first). */
    List<String> queuedJobs(String queue, int limit);

    Set<String> queueNames();

    long size(JobSet set);

    /** Entries of a set, lowest score first. */
    List<SortedEntry> entries(JobSet set, int limit);

    StatsSnapshot stats();

    /** Identities listed in {@code processes}. */
    Set<String> processes();

    /** The process hash of one identity (empty when it has expired). */
    java.util.Map<String, String> processRecord(String identity);

    /** Sends a remote signal, as the Web UI's Quiet and Stop buttons do. */
    void signal(String identity, String signal);

    /** A human description for logs: "redis://host:6379/2" or "in-memory". */
    String describe();

    @Override
    void close();
}
