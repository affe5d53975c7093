package dev.errand.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a payload for the worker's hot path with Jackson's streaming parser. It decodes only what
 * running a job needs ({@code class}, {@code jid}, {@code wrapped} and {@code args}) and checks the
 * rest for well-formed JSON without building it, so timestamps and other fields cost no numbers or
 * strings. The returned {@link Payload} keeps the text and builds its full field map only when
 * something asks for it: a failure that rewrites the payload, or server middleware.
 *
 * <p>Whatever this reader does not accept as a runnable job, it hands to {@link Payload#parse}, so
 * a bad payload fails with exactly the error the full reader gives. It reads values as {@link Json}
 * does: an integer as Integer, Long or BigInteger by size, a float as Double, an object as an
 * ordered map whose repeated key keeps its last value, and at the top level too the last {@code
 * class}, {@code jid} or {@code args} wins.
 */
public final class PayloadReader {

    private static final JsonFactory FACTORY = Json.mapper().getFactory();

    /**
     * A string longer than the parser's limit fails only when it is built, and this reader skips
     * most strings; a payload that could hold one goes to the full reader, which checks them all.
     */
    private static final int MAX_SKIPPABLE_LENGTH =
            FACTORY.streamReadConstraints().getMaxStringLength();

    private PayloadReader() {}

    /**
     * Reads and checks a payload.
     *
     * @throws MalformedPayloadException as {@link Payload#parse} does, with the same message
     */
    public static Payload read(String json) {
        if (json == null || json.length() > MAX_SKIPPABLE_LENGTH) {
            return Payload.parse(json);
        }
        Payload payload;
        try (JsonParser parser = FACTORY.createParser(json)) {
            payload = readObject(parser, json);
        } catch (IOException e) {
            payload = null;
        }
        return payload != null ? payload : Payload.parse(json);
    }

    /** The payload, or null when it is not one runnable job object. */
    private static Payload readObject(JsonParser parser, String json) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        Object className = null;
        Object jid = null;
        Object wrapped = null;
        Object args = null;
        String key;
        while ((key = parser.nextFieldName()) != null) {
            JsonToken token = parser.nextToken();
            switch (key) {
                case "class" -> className = scalar(parser, token);
                case "jid" -> jid = scalar(parser, token);
                case "wrapped" -> wrapped = scalar(parser, token);
                case "args" ->
                        args = token == JsonToken.START_ARRAY ? readArray(parser) : skip(parser);
                default -> parser.skipChildren();
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
            return null;
        }
        boolean runnable =
                className instanceof String name
                        && !name.isBlank()
                        && args instanceof List
                        && (jid == null || jid instanceof String);
        if (!runnable) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) args;
        return new Payload(
                json,
                (String) className,
                (String) jid,
                wrapped instanceof String text ? text : null,
                list);
    }

    /** A string or null as read; any other value as a marker that is neither. */
    private static Object scalar(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        return token == JsonToken.VALUE_NULL ? null : skip(parser);
    }

    /** Skips a value; returns a marker that no check accepts. */
    private static Object skip(JsonParser parser) throws IOException {
        parser.skipChildren();
        return Boolean.FALSE;
    }

    private static Object readValue(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            case START_ARRAY -> readArray(parser);
            case START_OBJECT -> readMap(parser);
            default -> throw new IOException("unexpected token " + token);
        };
    }

    private static List<Object> readArray(JsonParser parser) throws IOException {
        List<Object> list = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new IOException("unexpected end of input in an array");
            }
            list.add(readValue(parser, token));
        }
        return list;
    }

    private static Map<String, Object> readMap(JsonParser parser) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        String key;
        while ((key = parser.nextFieldName()) != null) {
            map.put(key, readValue(parser, parser.nextToken()));
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new IOException("unexpected end of input in an object");
        }
        return map;
    }
}
