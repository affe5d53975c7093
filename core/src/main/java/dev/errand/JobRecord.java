package dev.errand;

import dev.errand.wire.Json;
import dev.errand.wire.MalformedPayloadException;
import dev.errand.wire.Payload;
import dev.errand.wire.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A read-only view of one job as stored in Redis: what middleware, error handlers, death handlers
 * and the ops API see. {@link #fields()} holds every key of the payload, including keys written by
 * Ruby middleware.
 */
public final class JobRecord {
    private final Map<String, Object> fields;
    private final String json;

    public JobRecord(Map<String, Object> fields, String json) {
        this.fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        this.json = json;
    }

    public static JobRecord of(Payload payload) {
        return new JobRecord(payload.fields(), null);
    }

    /**
     * Reads a stored payload; one that is not a JSON object gives a record with no fields whose
     * {@link #json()} still holds the stored bytes, so it can be shown and deleted.
     */
    public static JobRecord parse(String json) {
        try {
            return new JobRecord(Json.readObject(json), json);
        } catch (MalformedPayloadException e) {
            return new JobRecord(Map.of(), json);
        }
    }

    public String jid() {
        return fields.get("jid") instanceof String jid ? jid : null;
    }

    public String className() {
        return fields.get("class") instanceof String name ? name : null;
    }

    public String queue() {
        return fields.get("queue") instanceof String queue ? queue : null;
    }

    @SuppressWarnings("unchecked")
    public List<Object> args() {
        return fields.get("args") instanceof List<?> list ? (List<Object>) list : List.of();
    }

    public Optional<Integer> retryCount() {
        return fields.get("retry_count") instanceof Number n
                ? Optional.of(n.intValue())
                : Optional.empty();
    }

    public Optional<String> errorClass() {
        return Optional.ofNullable(fields.get("error_class")).map(String::valueOf);
    }

    public Optional<String> errorMessage() {
        return Optional.ofNullable(fields.get("error_message")).map(String::valueOf);
    }

    /** A timestamp field in either Sidekiq encoding (float seconds or integer milliseconds). */
    public Optional<Instant> time(String field) {
        return Timestamps.read(fields.get(field));
    }

    public Map<String, Object> fields() {
        return fields;
    }

    /** The payload exactly as stored, when this record was read from a backend. */
    public Optional<String> json() {
        return Optional.ofNullable(json);
    }

    @Override
    public String toString() {
        return "JobRecord" + fields;
    }
}
