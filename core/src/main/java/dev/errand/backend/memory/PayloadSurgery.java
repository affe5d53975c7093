package dev.errand.backend.memory;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.errand.wire.Json;
import dev.errand.wire.MalformedPayloadException;
import dev.errand.wire.Timestamps;
import java.io.IOException;

/**
 * Edits a stored payload string without parsing and re-writing it, the way the Redis scheduler
 * script does: the top-level {@code enqueued_at} is set, a top-level {@code at} goes, and every
 * other byte stays as it was, including numbers too big for a double and keys of the same names
 * nested inside the arguments.
 */
final class PayloadSurgery {

    private PayloadSurgery() {}

    static String withEnqueuedAt(String payload, double now) {
        String seconds = Timestamps.scoreText(now);
        Span at = topLevelField(payload, "at");
        String withoutAt = at == null ? payload : removeField(payload, at);
        Span enqueuedAt = topLevelField(withoutAt, "enqueued_at");
        if (enqueuedAt != null) {
            return withoutAt.substring(0, enqueuedAt.valueStart)
                    + seconds
                    + withoutAt.substring(enqueuedAt.valueEnd);
        }
        int end = withoutAt.lastIndexOf('}');
        boolean empty = withoutAt.substring(0, end).trim().endsWith("{");
        return withoutAt.substring(0, end)
                + (empty ? "" : ",")
                + "\"enqueued_at\":"
                + seconds
                + withoutAt.substring(end);
    }

    /**
     * Sets {@code error_class} and {@code error_message}, and {@code failed_at} when absent, as the
     * Redis recovery script does. A payload that is not a JSON object comes back as it is.
     */
    static String withPoisonPillError(
            String payload, String errorClass, String message, double now) {
        try {
            Json.readObject(payload);
        } catch (MalformedPayloadException e) {
            return payload;
        }
        String seconds = Timestamps.scoreText(now);
        String edited = withField(payload, "error_class", Json.write(errorClass));
        edited = withField(edited, "error_message", Json.write(message));
        return topLevelField(edited, "failed_at") == null
                ? withField(edited, "failed_at", seconds)
                : edited;
    }

    /** Replaces a top-level member's value, or appends the member after the last one. */
    private static String withField(String payload, String name, String jsonValue) {
        Span field = topLevelField(payload, name);
        if (field != null) {
            return payload.substring(0, field.valueStart)
                    + jsonValue
                    + payload.substring(field.valueEnd);
        }
        int end = payload.lastIndexOf('}');
        boolean empty = payload.substring(0, end).trim().endsWith("{");
        return payload.substring(0, end)
                + (empty ? "" : ",")
                + "\""
                + name
                + "\":"
                + jsonValue
                + payload.substring(end);
    }

    private static String removeField(String payload, Span field) {
        int after = field.valueEnd;
        while (after < payload.length() && Character.isWhitespace(payload.charAt(after))) {
            after++;
        }
        if (after < payload.length() && payload.charAt(after) == ',') {
            return payload.substring(0, field.nameStart) + payload.substring(after + 1);
        }
        int before = payload.lastIndexOf(',', field.nameStart);
        int start = before < 0 ? field.nameStart : before;
        return payload.substring(0, start) + payload.substring(field.valueEnd);
    }

    /** Where a top-level field's name starts and its value starts and ends. */
    private record Span(int nameStart, int valueStart, int valueEnd) {}

    private static Span topLevelField(String payload, String name) {
        try (JsonParser parser = Json.mapper().getFactory().createParser(payload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedPayloadException("payload is not a JSON object");
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_OBJECT && token != null) {
                int nameStart = (int) parser.currentTokenLocation().getCharOffset();
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                int valueStart = (int) parser.currentTokenLocation().getCharOffset();
                if (value.isScalarValue()) {
                    parser.getText();
                } else {
                    parser.skipChildren();
                }
                if (field.equals(name)) {
                    int valueEnd = (int) parser.currentLocation().getCharOffset();
                    return new Span(nameStart, valueStart, valueEnd);
                }
            }
            return null;
        } catch (IOException e) {
            throw new MalformedPayloadException("payload is not JSON: " + e.getMessage(), e);
        }
    }
}
