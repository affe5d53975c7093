package dev.errand;

import dev.errand.backend.Backend;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One queue, as Sidekiq's {@code Sidekiq::Queue} shows it: its size, its latency and its jobs,
 * oldest (next to run) first. Reads go to the backend each time.
 */
public final class JobQueue {
    private final Backend backend;
    private final Clock clock;
    private final String name;

    JobQueue(Backend backend, Clock clock, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(
                    "queue: must be a non-blank name, got "
                            + (name == null ? "null" : "\"" + name + "\""));
        }
        this.backend = backend;
        this.clock = clock;
        this.name = name;
    }

    public String name() {
        return name;
    }

    public long size() {
        return backend.queueSize(name);
    }

    /**
     * How long the oldest job has waited since it was enqueued ({@code enqueued_at}, else {@code
     * created_at}); zero for an empty queue.
     */
    public Duration latency() {
        List<String> oldest = backend.queuedJobs(name, 1);
        if (oldest.isEmpty()) {
            return Duration.ZERO;
        }
        JobRecord job = JobRecord.parse(oldest.get(0));
        Instant since =
                job.time("enqueued_at").or(() -> job.time("created_at")).orElse(clock.instant());
        Duration latency = Duration.between(since, clock.instant());
        return latency.isNegative() ? Duration.ZERO : latency;
    }

    /** Up to {@code limit} jobs, the next to run first. */
    public List<JobRecord> jobs(int limit) {
        List<JobRecord> jobs = new ArrayList<>();
        for (String payload : backend.queuedJobs(name, limit)) {
            jobs.add(JobRecord.parse(payload));
        }
        return jobs;
    }

    /** Deletes every job of the queue and its name, as the Web UI's Delete button does. */
    public void clear() {
        backend.clearQueue(name);
    }

    @Override
    public String toString() {
        return "JobQueue[" + name + "]";
    }
}
