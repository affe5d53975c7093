package dev.errand.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.LinkedHashMap;

/**
 * Reads a whole JSON object into an ordered map, with {@link Json}'s mapper and rules, through a
 * reader whose target type is resolved once rather than on every call. The worker uses it where it
 * needs every field of a payload: a job that failed, a payload that is not a job.
 */
public final class JsonObjectReader {

    private static final ObjectReader READER =
            Json.mapper().readerFor(new TypeReference<LinkedHashMap<String, Object>>() {});

    private JsonObjectReader() {}

    /**
     * Reads a JSON object.
     *
     * @throws MalformedPayloadException when the text is not one JSON object
     */
    public static LinkedHashMap<String, Object> read(String json) {
        if (json == null) {
            throw new MalformedPayloadException("payload is null");
        }
        try {
            LinkedHashMap<String, Object> map = READER.readValue(json);
            if (map == null) {
                throw new MalformedPayloadException("payload is JSON null, expected an object");
            }
            return map;
        } catch (JsonProcessingException e) {
            throw new MalformedPayloadException(
                    "payload is not a JSON object: " + e.getOriginalMessage(), e);
        }
    }
}
