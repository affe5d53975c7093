package dev.errand.client;

import dev.errand.JobSpec;
import dev.errand.PushOptions;
import dev.errand.middleware.ClientChain;
import dev.errand.wire.Json;
import dev.errand.wire.JsonArgs;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Turns one call's arguments into the JSON that gets stored: builds the job hash, runs the client
 * middleware, checks the whole hash again if a middleware touched it, stamps {@code enqueued_at} on
 * jobs that go straight to a queue, writes the JSON and enforces the payload size limit. The client
 * and the testing harness share it, so a test sees exactly what production would push.
 *
 * <p>The client's push path skips the hash when no middleware needs it: {@link PayloadEncoder}
 * writes the same JSON straight from the job's parts.
 */
public final class JobPreparer {

    /** One job ready to store: its hash after middleware and its JSON. */
    public record PreparedJob(Map<String, Object> fields, String json) {
        public String jid() {
            return (String) fields.get("jid");
        }

        public String queue() {
            return String.valueOf(fields.get("queue"));
        }
    }

    private final ClientChain middleware;
    private final int maxPayloadBytes;

    public JobPreparer(ClientChain middleware, int maxPayloadBytes) {
        this.middleware = middleware;
        this.maxPayloadBytes = maxPayloadBytes;
    }

    /**
     * Prepares one job.
     *
     * @param now the time of the push in wire form, shared by every job of one call
     * @param scheduled whether the job goes to the schedule set (no {@code enqueued_at})
     * @return the job, or null when a client middleware stopped the push
     */
    public PreparedJob prepare(
            JobSpec<?> spec, List<?> args, PushOptions options, BigDecimal now, boolean scheduled) {
        Map<String, Object> job = PayloadWriter.build(spec, args, options, now);
        if (!middleware.isEmpty()) {
            if (!middleware.allows(job)) {
                return null;
            }
            JsonArgs.checkJob(spec.className(), job);
        }
        if (!scheduled) {
            job.put("enqueued_at", now);
        }
        String json = Json.write(job);
        checkSize(spec, json);
        return new PreparedJob(job, json);
    }

    /** Whether client middleware runs on each job, so that each job needs its hash. */
    boolean hasMiddleware() {
        return !middleware.isEmpty();
    }

    /** Enforces the payload size limit, on a finished payload or one still in its buffer. */
    void checkSize(JobSpec<?> spec, CharSequence json) {
        // Three bytes per UTF-16 unit is the most UTF-8 can take, so most jobs skip the count.
        if ((long) json.length() * 3 <= maxPayloadBytes) {
            return;
        }
        int bytes = json.toString().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxPayloadBytes) {
            throw new IllegalArgumentException(
                    "job "
                            + spec.className()
                            + " is "
                            + bytes
                            + " bytes, over the payload limit of "
                            + maxPayloadBytes
                            + " bytes; pass ids"
                            + " instead of data, or raise maxPayloadBytes");
        }
    }
}
