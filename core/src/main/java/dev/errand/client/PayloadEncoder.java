package dev.errand.client;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.errand.JobSpec;
import dev.errand.wire.Json;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes the JSON of the jobs of one push straight from their parts, without building a hash for
 * each: the text is byte for byte what {@code Json.write(PayloadWriter.build(...))} gives, with
 * {@code enqueued_at} last when the jobs go straight to a queue. Every field but the queue, the
 * arguments and the jid is the same for all jobs of a push, so it is written once, when the encoder
 * is made, and copied into each payload.
 *
 * <p>Arguments are written as Jackson writes them: integers, booleans, null and strings here
 * (strings escaped by Jackson's own encoder), anything else through {@link Json#write}. The encoder
 * checks nothing; the caller checks the arguments first. One encoder serves one push on one thread.
 */
public final class PayloadEncoder {
    private static final JsonStringEncoder STRINGS = JsonStringEncoder.getInstance();

    private final String beforeQueue;
    private final String beforeArgs;
    private final String beforeJid;
    private final String afterJid;
    private final StringBuilder out = new StringBuilder(256);

    private String lastQueue;
    private String lastQueueJson;

    /**
     * @param createdAt the time of the push in wire form, written as {@code created_at}
     * @param enqueued whether to write {@code enqueued_at} (the same time) for jobs that go
     *     straight to a queue
     */
    public PayloadEncoder(JobSpec<?> spec, BigDecimal createdAt, boolean enqueued) {
        this.beforeQueue = "{\"retry\":" + Json.write(spec.retry()) + ",\"queue\":";
        this.beforeArgs = options(spec) + ",\"args\":";
        this.beforeJid = ",\"class\":" + Json.write(spec.className()) + ",\"jid\":\"";
        String time = createdAt.toString();
        this.afterJid =
                "\",\"created_at\":" + time + (enqueued ? ",\"enqueued_at\":" + time : "") + "}";
    }

    /** The options after {@code queue}, in the order {@link PayloadWriter} puts them. */
    private static String options(JobSpec<?> spec) {
        StringBuilder text = new StringBuilder();
        if (spec.backtrace() != null) {
            text.append(",\"backtrace\":").append(Json.write(spec.backtrace()));
        }
        spec.retryQueue()
                .ifPresent(queue -> text.append(",\"retry_queue\":").append(Json.write(queue)));
        if (!spec.dead()) {
            text.append(",\"dead\":false");
        }
        if (!spec.tags().isEmpty()) {
            text.append(",\"tags\":").append(Json.write(spec.tags()));
        }
        return text.toString();
    }

    /** The payload of one job; {@code args} must have passed the argument checks. */
    public String write(List<?> args, String queue, String jid) {
        return draft(args, queue, jid).toString();
    }

    /**
     * The payload of one job in the encoder's own buffer, for a look at its length without making a
     * string; valid until the next call.
     */
    CharSequence draft(List<?> args, String queue, String jid) {
        out.setLength(0);
        out.append(beforeQueue).append(queueJson(queue)).append(beforeArgs);
        writeArgs(args);
        out.append(beforeJid).append(jid).append(afterJid);
        return out;
    }

    // A push usually sends all its jobs to one queue; a queue chosen from the arguments may vary.
    private String queueJson(String queue) {
        if (!queue.equals(lastQueue)) {
            lastQueueJson = Json.write(queue);
            lastQueue = queue;
        }
        return lastQueueJson;
    }

    private void writeArgs(List<?> args) {
        out.append('[');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeValue(args.get(i));
        }
        out.append(']');
    }

    private void writeValue(Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Long || value instanceof Integer) {
            out.append(((Number) value).longValue());
        } else if (value instanceof String text) {
            out.append('"');
            STRINGS.quoteAsString(text, out);
            out.append('"');
        } else if (value instanceof Boolean flag) {
            out.append(flag.booleanValue());
        } else {
            out.append(Json.write(value));
        }
    }
}
