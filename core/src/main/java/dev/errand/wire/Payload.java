package dev.errand.wire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One job hash as Sidekiq stores it. It keeps every key it was read with, in order, so fields
 * written by Ruby middleware (or by a newer Sidekiq) travel through Errand untouched. Reading
 * checks only what running the job needs: {@code class} a string, {@code args} an array, {@code
 * jid} a string; everything else is read leniently.
 *
 * <p>A payload read by {@link PayloadReader} for the worker's hot path holds only those checked
 * fields and its text, and builds the full map the first time anything else is asked for. Not
 * thread-safe: one payload belongs to one job run.
 */
public final class Payload {

    /** Every field; null in a payload from {@link PayloadReader} until something needs them. */
    private Map<String, Object> fields;

    /** The text a lazily read payload came from; null once its fields are built. */
    private String json;

    /** What running the job needs, as {@link PayloadReader} found it; read before fields exist. */
    private String className;

    private String jid;
    private String wrapped;
    private List<Object> args;

    private Payload(Map<String, Object> fields) {
        this.fields =
                fields instanceof LinkedHashMap<String, Object> owned
                        ? owned
                        : new LinkedHashMap<>(fields);
    }

    /** A checked payload whose fields are built from {@code json} on first use. */
    Payload(String json, String className, String jid, String wrapped, List<Object> args) {
        this.json = json;
        this.className = className;
        this.jid = jid;
        this.wrapped = wrapped;
        this.args = args;
    }

    /** Parses and checks a payload string. */
    public static Payload parse(String json) {
        Payload payload = new Payload(Json.readObject(json));
        payload.checkRunnable();
        return payload;
    }

    /** Copies fields that are already known to be a job, such as a freshly built one. */
    public static Payload of(Map<String, Object> fields) {
        return new Payload(new LinkedHashMap<>(fields));
    }

    private void checkRunnable() {
        Object className = fields.get("class");
        if (!(className instanceof String name) || name.isBlank()) {
            throw new MalformedPayloadException(
                    "payload field \"class\" must be a non-empty"
                            + " string, found "
                            + describe(className));
        }
        Object args = fields.get("args");
        if (!(args instanceof List)) {
            throw new MalformedPayloadException(
                    "payload field \"args\" must be an array, found " + describe(args));
        }
        Object jid = fields.get("jid");
        if (jid != null && !(jid instanceof String)) {
            throw new MalformedPayloadException(
                    "payload field \"jid\" must be a string, found " + describe(jid));
        }
    }

    private static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        String text = Json.write(value);
        return (text.length() > 40 ? text.substring(0, 37) + "..." : text)
                + " ("
                + value.getClass().getSimpleName()
                + ")";
    }

    public String toJson() {
        return Json.write(fields());
    }

    /**
     * Every field, built on first use for a payload from {@link PayloadReader}. From then on the
     * map is the payload: the accessors read it, and changes to it are what {@link #toJson} writes.
     */
    public Map<String, Object> fields() {
        if (fields == null) {
            fields = Json.readObject(json);
            json = null;
            className = null;
            jid = null;
            wrapped = null;
            args = null;
        }
        return fields;
    }

    public Object get(String key) {
        return fields().get(key);
    }

    public Payload put(String key, Object value) {
        fields().put(key, value);
        return this;
    }

    public Payload remove(String key) {
        fields().remove(key);
        return this;
    }

    public String jid() {
        if (fields == null) {
            return jid;
        }
        return fields.get("jid") instanceof String found ? found : null;
    }

    public String className() {
        return fields == null ? className : (String) fields.get("class");
    }

    /** The class shown to people: ActiveJob's wrapped class when there is one. */
    public String displayClass() {
        if (fields == null) {
            return wrapped != null ? wrapped : className;
        }
        return fields.get("wrapped") instanceof String found ? found : className();
    }

    public String queue() {
        return get("queue") instanceof String queue && !queue.isBlank() ? queue : "default";
    }

    @SuppressWarnings("unchecked")
    public List<Object> args() {
        if (fields == null) {
            return args;
        }
        Object found = fields.get("args");
        return found instanceof List<?> list ? (List<Object>) list : new ArrayList<>();
    }

    /**
     * The {@code retry} field as Sidekiq reads it: {@code false} and {@code null} turn retries off,
     * a JSON integer is a count (negative counts as 0, huge ones are capped), and anything else
     * that is present, such as {@code true}, {@code 5.0} or {@code "5"}, means Sidekiq's default
     * count. Empty when the key is absent, so the job's own spec decides.
     */
    public Optional<Object> retry() {
        if (!fields().containsKey("retry")) {
            return Optional.empty();
        }
        Object retry = fields.get("retry");
        if (retry == null || Boolean.FALSE.equals(retry)) {
            return Optional.of(Boolean.FALSE);
        }
        if (retry instanceof Integer
                || retry instanceof Long
                || retry instanceof java.math.BigInteger) {
            java.math.BigInteger count = new java.math.BigInteger(retry.toString());
            return Optional.of(
                    count.signum() < 0
                            ? 0
                            : count.min(java.math.BigInteger.valueOf(Integer.MAX_VALUE - 1))
                                    .intValue());
        }
        return Optional.of(Boolean.TRUE);
    }

    /**
     * Sidekiq's retry_count: absent before the first failure, then 0, 1, 2... A value that is not a
     * number counts as absent; a huge one is capped so it can still grow by one.
     */
    public Optional<Integer> retryCount() {
        if (!(get("retry_count") instanceof Number n)) {
            return Optional.empty();
        }
        double value = n.doubleValue();
        if (Double.isNaN(value) || value < 0) {
            return Optional.of(0);
        }
        return Optional.of((int) Math.min(Integer.MAX_VALUE - 1, (long) Math.min(value, 4e18)));
    }

    public Optional<Instant> timestamp(String key) {
        return Timestamps.read(get(key));
    }

    /** The per-rule counters of retryOn rules, as ActiveJob keeps them. */
    public Map<String, Object> exceptionExecutions() {
        Object value = get("exception_executions");
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) map;
            return typed;
        }
        LinkedHashMap<String, Object> created = new LinkedHashMap<>();
        fields.put("exception_executions", created);
        return created;
    }

    @Override
    public String toString() {
        return toJson();
    }
}
