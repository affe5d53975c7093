package dev.errand;

import dev.errand.backend.Backend;
import dev.errand.backend.JobSet;
import dev.errand.backend.SortedEntry;
import dev.errand.wire.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The schedule, retry or dead set, as Sidekiq's {@code ScheduledSet}, {@code RetrySet} and {@code
 * DeadSet} show them: entries in time order, each with the time it is due (or, for the dead set,
 * when it died).
 */
public final class JobSetView {

    /** One entry: when it is due (or died), and the job. */
    public record Entry(Instant at, JobRecord job) {}

    private final Backend backend;
    private final JobSet set;

    JobSetView(Backend backend, JobSet set) {
        this.backend = backend;
        this.set = set;
    }

    /** The Redis key: {@code schedule}, {@code retry} or {@code dead}. */
    public String name() {
        return set.key();
    }

    public long size() {
        return backend.size(set);
    }

    /** Up to {@code limit} entries, earliest first. */
    public List<Entry> entries(int limit) {
        List<Entry> entries = new ArrayList<>();
        for (SortedEntry entry : backend.entries(set, limit)) {
            entries.add(
                    new Entry(
                            Timestamps.fromScore(entry.score()), JobRecord.parse(entry.payload())));
        }
        return entries;
    }

    /**
     * Moves every entry to its queue now, as the Web UI's "Retry All" or "Add to queue" does. From
     * the schedule and retry sets each move is atomic, and an entry that is not a job goes to the
     * dead set. From the dead set, readable jobs are pushed to their queues and then deleted (a
     * crash in between leaves a job in both places, never in neither); entries that are not jobs
     * stay.
     *
     * @return how many jobs were moved to a queue (or, from the other sets, to the dead set)
     */
    public long enqueueAll() {
        if (set == JobSet.DEAD) {
            return enqueueAllDead();
        }
        long total = backend.size(set);
        long moved = 0;
        int step;
        while (moved < total && (step = backend.enqueueDue(set, Double.MAX_VALUE, 1000)) > 0) {
            moved += step;
        }
        return moved;
    }

    private long enqueueAllDead() {
        long moved = 0;
        List<SortedEntry> entries;
        do {
            List<dev.errand.backend.QueuedJob> readable = new ArrayList<>();
            entries = backend.entries(set, 1000);
            for (SortedEntry entry : entries) {
                JobRecord job = JobRecord.parse(entry.payload());
                if (job.className() != null) {
                    readable.add(
                            new dev.errand.backend.QueuedJob(
                                    job.queue() == null ? "default" : job.queue(),
                                    entry.payload()));
                }
            }
            if (readable.isEmpty()) {
                return moved;
            }
            backend.push(readable);
            readable.forEach(job -> backend.remove(set, job.payload()));
            moved += readable.size();
        } while (entries.size() == 1000);
        return moved;
    }

    /** Deletes one entry, found by its exact stored bytes; true when it was there. */
    public boolean delete(JobRecord job) {
        String json =
                job.json()
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "delete: the job was not read from this set (it has"
                                                    + " no stored form); pass an entry's job from"
                                                    + " entries()"));
        return backend.remove(set, json);
    }

    /** Deletes every entry. */
    public void clear() {
        backend.clear(set);
    }

    @Override
    public String toString() {
        return "JobSetView[" + set.key() + "]";
    }
}
