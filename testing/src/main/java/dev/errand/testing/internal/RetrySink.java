package dev.errand.testing.internal;

import dev.errand.backend.Backend;
import dev.errand.backend.DeadSetLimits;
import dev.errand.backend.FinishedJobs;
import dev.errand.backend.JobSet;
import dev.errand.backend.ProcessBeat;
import dev.errand.backend.QueuedJob;
import dev.errand.backend.SortedEntry;
import dev.errand.backend.StatsSnapshot;
import dev.errand.backend.memory.InMemoryBackend;
import dev.errand.wire.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The backend a harness hands to core's {@code Retrier}: it keeps the retry set itself, so the
 * harness can take one job's retry out to run it again, and keeps the dead set in core's {@link
 * InMemoryBackend}, which trims it exactly as Redis does. The retrier writes only these two sets;
 * every other backend operation is refused. Thread-safe. Not part of the public API.
 */
public final class RetrySink implements Backend {

    /** One member of the retry set, with its jid read once. */
    public record Retry(double score, String payload, String jid) {}

    private final List<Retry> retries = new ArrayList<>();
    private final Clock clock;
    private InMemoryBackend dead;

    public RetrySink(Clock clock) {
        this.clock = clock;
        this.dead = new InMemoryBackend(clock);
    }

    @Override
    public synchronized void add(JobSet set, List<SortedEntry> entries) {
        if (set != JobSet.RETRY) {
            throw refused("add to " + set.key());
        }
        for (SortedEntry entry : entries) {
            Object jid = Json.readObject(entry.payload()).get("jid");
            retries.removeIf(retry -> retry.payload().equals(entry.payload()));
            retries.add(new Retry(entry.score(), entry.payload(), String.valueOf(jid)));
        }
        retries.sort(Comparator.comparingDouble(Retry::score));
    }

    @Override
    public synchronized void kill(SortedEntry entry, DeadSetLimits limits) {
        dead.kill(entry, limits);
    }

    /** The retry set, earliest first. */
    public synchronized List<Retry> retries() {
        return List.copyOf(retries);
    }

    /** Removes and returns the retry of this jid, if there is one. */
    public synchronized Optional<Retry> takeRetry(String jid) {
        for (int i = 0; i < retries.size(); i++) {
            if (retries.get(i).jid().equals(jid)) {
                return Optional.of(retries.remove(i));
            }
        }
        return Optional.empty();
    }

    /** Removes and returns every retry due at or before {@code score}, earliest first. */
    public synchronized List<Retry> takeDue(double score) {
        List<Retry> due = new ArrayList<>();
        retries.removeIf(
                retry -> {
                    if (retry.score() <= score) {
                        due.add(retry);
                        return true;
                    }
                    return false;
                });
        return due;
    }

    public synchronized void clear() {
        retries.clear();
        dead.close();
        dead = new InMemoryBackend(clock);
    }

    @Override
    public synchronized long size(JobSet set) {
        return set == JobSet.RETRY ? retries.size() : set == JobSet.DEAD ? dead.size(set) : 0;
    }

    @Override
    public synchronized List<SortedEntry> entries(JobSet set, int limit) {
        if (set == JobSet.DEAD) {
            return dead.entries(set, limit);
        }
        if (set == JobSet.RETRY) {
            return retries.stream()
                    .limit(limit)
                    .map(retry -> new SortedEntry(retry.score(), retry.payload()))
                    .toList();
        }
        return List.of();
    }

    @Override
    public synchronized Optional<Double> earliestScore(JobSet set) {
        if (set == JobSet.RETRY) {
            return retries.isEmpty() ? Optional.empty() : Optional.of(retries.get(0).score());
        }
        return set == JobSet.DEAD ? dead.earliestScore(set) : Optional.empty();
    }

    @Override
    public String describe() {
        return "errand-testing harness";
    }

    @Override
    public synchronized void close() {
        dead.close();
    }

    @Override
    public void push(List<QueuedJob> jobs) {
        throw refused("push");
    }

    @Override
    public int enqueueDue(JobSet set, double now, int limit) {
        throw refused("enqueueDue");
    }

    @Override
    public List<QueuedJob> fetch(
            String identity, List<String> queues, int max, Duration wait, FinishedJobs finished) {
        throw refused("fetch");
    }

    @Override
    public void acknowledge(String identity, FinishedJobs finished) {
        throw refused("acknowledge");
    }

    @Override
    public void requeue(String identity, List<QueuedJob> jobs) {
        throw refused("requeue");
    }

    @Override
    public List<QueuedJob> inProgress(String identity) {
        throw refused("inProgress");
    }

    @Override
    public List<QueuedJob> recoverOrphans() {
        throw refused("recoverOrphans");
    }

    @Override
    public Optional<String> heartbeat(ProcessBeat beat) {
        throw refused("heartbeat");
    }

    @Override
    public void removeProcess(String identity, long processed, long failed, LocalDate day) {
        throw refused("removeProcess");
    }

    @Override
    public void clearQueue(String queue) {
        throw refused("clearQueue");
    }

    @Override
    public void clear(JobSet set) {
        throw refused("clear");
    }

    @Override
    public boolean remove(JobSet set, String payload) {
        throw refused("remove");
    }

    @Override
    public long queueSize(String queue) {
        throw refused("queueSize");
    }

    @Override
    public List<String> queuedJobs(String queue, int limit) {
        throw refused("queuedJobs");
    }

    @Override
    public Set<String> queueNames() {
        throw refused("queueNames");
    }

    @Override
    public StatsSnapshot stats() {
        throw refused("stats");
    }

    @Override
    public Set<String> processes() {
        throw refused("processes");
    }

    @Override
    public Map<String, String> processRecord(String identity) {
        throw refused("processRecord");
    }

    @Override
    public void signal(String identity, String signal) {
        throw refused("signal");
    }

    private static UnsupportedOperationException refused(String operation) {
        return new UnsupportedOperationException(
                operation
                        + ": the harness keeps only the retry"
                        + " and dead sets here; the retrier should need nothing else");
    }
}
