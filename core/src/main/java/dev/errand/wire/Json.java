package dev.errand.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one JSON mapper of the wire format. Numbers keep their lexical kind: a JSON integer reads as
 * Integer, Long or BigInteger (never rounded through a double), a JSON float as Double. Objects
 * keep their key order, so a payload written back looks like the one read. A key that appears twice
 * keeps its last value, as Ruby's parser does.
 */
public final class Json {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP =
            new TypeReference<>() {};

    private static final ObjectMapper MAPPER =
            JsonMapper.builder()
                    .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                    .build();

    /** Reads objects with the target type resolved once, not on every payload. */
    private static final ObjectReader OBJECT_READER = MAPPER.readerFor(MAP);

    private Json() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Writes a JSON-native value; anything else is a programming error here. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a JSON object.
     *
     * @throws MalformedPayloadException when the text is not one JSON object
     */
    public static Map<String, Object> readObject(String json) {
        if (json == null) {
            throw new MalformedPayloadException("payload is null");
        }
        try {
            Map<String, Object> map = OBJECT_READER.readValue(json);
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
