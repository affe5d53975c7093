package dev.errand.testing;

import dev.errand.Job;
import dev.errand.JobRecord;
import dev.errand.JobSpec;
import dev.errand.wire.Json;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One job as a harness saw it: the payload exactly as it would be stored in Redis, plus the time it
 * is scheduled for. Enqueued, performed, retried and dead jobs are all shown this way.
 *
 * <p>With the JSON round trip on (the default), {@link #args()} holds what a worker will decode:
 * numbers as Integer, Long, BigInteger or Double, maps with their key order, and so on.
 */
public final class EnqueuedJob {
    private final Map<String, Object> fields;
    private final JobRecord record;
    private final String json;
    private final Instant scheduledAt;
    private final JobSpec<?> spec;
    private final Clock clock;

    EnqueuedJob(
            Map<String, Object> fields,
            String json,
            Instant scheduledAt,
            JobSpec<?> spec,
            Clock clock) {
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.record = new JobRecord(this.fields, json);
        this.json = Objects.requireNonNull(json, "json");
        this.scheduledAt = scheduledAt;
        this.spec = spec;
        this.clock = clock;
    }

    /** A job read from a stored payload, such as one on a Redis queue. */
    static EnqueuedJob fromJson(String json, Instant scheduledAt, JobSpec<?> spec, Clock clock) {
        return new EnqueuedJob(Json.readObject(json), json, scheduledAt, spec, clock);
    }

    public String jid() {
        return fields.get("jid") instanceof String jid ? jid : null;
    }

    /** The payload's {@code class}: the wire class name. */
    public String className() {
        return fields.get("class") instanceof String name ? name : null;
    }

    public String queue() {
        return fields.get("queue") instanceof String queue ? queue : "default";
    }

    @SuppressWarnings("unchecked")
    public List<Object> args() {
        return fields.get("args") instanceof List<?> list
                ? Collections.unmodifiableList((List<Object>) list)
                : List.of();
    }

    /** When the job is due; empty for a job that went straight to its queue. */
    public Optional<Instant> scheduledAt() {
        return Optional.ofNullable(scheduledAt);
    }

    public boolean isScheduled() {
        return scheduledAt != null;
    }

    /** The spec it was pushed with, when the harness knows it. */
    public Optional<JobSpec<?>> spec() {
        return Optional.ofNullable(spec);
    }

    /** Whether this is a job of that spec (same wire class name). */
    public boolean isOf(JobSpec<?> other) {
        return other.className().equals(className());
    }

    /** Whether this is a job of exactly that class (not a subclass). */
    public boolean isOf(Class<? extends Job> jobClass) {
        if (spec != null && spec.jobClass().isPresent()) {
            return spec.jobClass().get().equals(jobClass);
        }
        return jobClass.getName().equals(className());
    }

    /** Sidekiq's retry_count: absent before the first failure. */
    public Optional<Integer> retryCount() {
        return record.retryCount();
    }

    public Optional<String> errorClass() {
        return record.errorClass();
    }

    public Optional<String> errorMessage() {
        return record.errorMessage();
    }

    /** A timestamp field of the payload, such as {@code created_at} or {@code failed_at}. */
    public Optional<Instant> time(String field) {
        return record.time(field);
    }

    /** Every key of the payload. */
    public Map<String, Object> fields() {
        return fields;
    }

    /** The payload as JSON, as it would be stored. */
    public String json() {
        return json;
    }

    /** The read-only view that middleware and handlers receive. */
    public JobRecord toRecord() {
        return record;
    }

    Clock clock() {
        return clock;
    }

    /** One line for failure messages: class, jid, queue, time and arguments as JSON. */
    public String describe() {
        return className()
                + " jid="
                + jid()
                + " queue="
                + queue()
                + " at="
                + (scheduledAt == null ? "immediately" : scheduledAt.toString())
                + " args="
                + Json.write(args());
    }

    @Override
    public String toString() {
        return describe();
    }
}
