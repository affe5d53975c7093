package dev.errand.worker;

import dev.errand.backend.QueuedJob;
import dev.errand.wire.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The jobs running right now, by thread id, for the work hash the Sidekiq Web UI's Busy page reads,
 * and for the shutdown path, which pushes back whatever is still running at the deadline.
 */
final class BusyJobs {
    /** One running job: where it came from, its payload and when it started (epoch seconds). */
    record Running(QueuedJob job, long runAtSeconds, Thread thread) {}

    private final Map<String, Running> byThreadId = new ConcurrentHashMap<>();

    void started(String tid, QueuedJob job, long runAtSeconds) {
        byThreadId.put(tid, new Running(job, runAtSeconds, Thread.currentThread()));
    }

    void finished(String tid) {
        byThreadId.remove(tid);
    }

    int size() {
        return byThreadId.size();
    }

    Map<String, Running> snapshot() {
        return Map.copyOf(byThreadId);
    }

    /** The work hash: thread id to {@code {"queue", "payload", "run_at"}}. */
    Map<String, String> workHash() {
        Map<String, String> work = new LinkedHashMap<>();
        byThreadId.forEach(
                (tid, running) -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("queue", running.job().queue());
                    entry.put("payload", running.job().payload());
                    entry.put("run_at", running.runAtSeconds());
                    work.put(tid, Json.write(entry));
                });
        return work;
    }
}
