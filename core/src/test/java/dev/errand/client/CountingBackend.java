package dev.errand.client;

import dev.errand.backend.Backend;
import dev.errand.backend.DeadSetLimits;
import dev.errand.backend.FinishedJobs;
import dev.errand.backend.JobSet;
import dev.errand.backend.ProcessBeat;
import dev.errand.backend.QueuedJob;
import dev.errand.backend.SortedEntry;
import dev.errand.backend.StatsSnapshot;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A backend that counts the client's writes, to check round trips. */
final class CountingBackend implements Backend {
    private final Backend delegate;
    int pushes;

    /** Pushes from this number on (counting from 1) fail until it is reset to 0. */
    int failFromPush;

    CountingBackend(Backend delegate) {
        this.delegate = delegate;
    }

    @Override
    public void push(List<QueuedJob> jobs) {
        pushes++;
        if (failFromPush > 0 && pushes >= failFromPush) {
            throw new dev.errand.backend.BackendException(
                    "Redis push failed: connection reset", null);
        }
        delegate.push(jobs);
    }

    @Override
    public void add(JobSet set, List<SortedEntry> entries) {
        pushes++;
        delegate.add(set, entries);
    }

    @Override
    public void kill(SortedEntry entry, DeadSetLimits limits) {
        delegate.kill(entry, limits);
    }

    @Override
    public int enqueueDue(JobSet set, double now, int limit) {
        return delegate.enqueueDue(set, now, limit);
    }

    @Override
    public Optional<Double> earliestScore(JobSet set) {
        return delegate.earliestScore(set);
    }

    @Override
    public List<QueuedJob> fetch(
            String identity, List<String> queues, int max, Duration wait, FinishedJobs finished) {
        return delegate.fetch(identity, queues, max, wait, finished);
    }

    @Override
    public void acknowledge(String identity, FinishedJobs finished) {
        delegate.acknowledge(identity, finished);
    }

    @Override
    public void requeue(String identity, List<QueuedJob> jobs) {
        delegate.requeue(identity, jobs);
    }

    @Override
    public List<QueuedJob> inProgress(String identity) {
        return delegate.inProgress(identity);
    }

    @Override
    public List<QueuedJob> recoverOrphans() {
        return delegate.recoverOrphans();
    }

    @Override
    public Optional<String> heartbeat(ProcessBeat beat) {
        return delegate.heartbeat(beat);
    }

    @Override
    public void removeProcess(String identity, long processed, long failed, LocalDate day) {
        delegate.removeProcess(identity, processed, failed, day);
    }

    @Override
    public void clearQueue(String queue) {
        delegate.clearQueue(queue);
    }

    @Override
    public void clear(JobSet set) {
        delegate.clear(set);
    }

    @Override
    public boolean remove(JobSet set, String payload) {
        return delegate.remove(set, payload);
    }

    @Override
    public long queueSize(String queue) {
        return delegate.queueSize(queue);
    }

    @Override
    public List<String> queuedJobs(String queue, int limit) {
        return delegate.queuedJobs(queue, limit);
    }

    @Override
    public Set<String> queueNames() {
        return delegate.queueNames();
    }

    @Override
    public long size(JobSet set) {
        return delegate.size(set);
    }

    @Override
    public List<SortedEntry> entries(JobSet set, int limit) {
        return delegate.entries(set, limit);
    }

    @Override
    public StatsSnapshot stats() {
        return delegate.stats();
    }

    @Override
    public Set<String> processes() {
        return delegate.processes();
    }

    @Override
    public Map<String, String> processRecord(String identity) {
        return delegate.processRecord(identity);
    }

    @Override
    public void signal(String identity, String signal) {
        delegate.signal(identity, signal);
    }

    @Override
    public String describe() {
        return "counting " + delegate.describe();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
