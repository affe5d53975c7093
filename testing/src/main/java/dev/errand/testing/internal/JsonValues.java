package dev.errand.testing.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.errand.wire.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Expected values brought into the domain of stored arguments: the same JSON round trip a payload
 * goes through, so {@code 42L} and the stored {@code 42} compare equal and a value a job could
 * never hold is reported instead of silently compared. Not part of the public API.
 */
public final class JsonValues {

    /** Matches any value in an argument expectation. */
    public static final Object ANY =
            new Object() {
                @Override
                public String toString() {
                    return "<any>";
                }
            };

    private JsonValues() {}

    /**
     * The path of the first value that JSON cannot hold (such as {@code args[1].when}), or null
     * when every value is JSON-native.
     */
    public static String nonJsonPath(Object value, String path) {
        if (value == ANY
                || value == null
                || value instanceof String
                || value instanceof Boolean
                || value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte
                || value instanceof BigInteger
                || value instanceof BigDecimal) {
            return null;
        }
        if (value instanceof Double || value instanceof Float) {
            return Double.isFinite(((Number) value).doubleValue()) ? null : path;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                String found = nonJsonPath(list.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    return path + " (a key of type " + typeName(entry.getKey()) + ")";
                }
                String found = nonJsonPath(entry.getValue(), path + "." + key);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return path;
    }

    /** The value after a JSON round trip; {@link #ANY} stays as it is. */
    public static Object normalize(Object value) {
        if (value == ANY || value == null) {
            return value;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(item -> out.add(normalize(item)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((key, item) -> out.put(String.valueOf(key), normalize(item)));
            return out;
        }
        try {
            return Json.mapper().readValue(Json.write(value), Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot round-trip " + value + " through JSON", e);
        }
    }

    /**
     * Whether {@code actual} contains {@code expected}: maps by subset (every expected key present
     * with a contained value), lists position by position with the same length, {@link #ANY}
     * anywhere, everything else by equality.
     */
    public static boolean contains(Object expected, Object actual) {
        if (expected == ANY) {
            return true;
        }
        if (expected instanceof Map<?, ?> want) {
            if (!(actual instanceof Map<?, ?> have)) {
                return false;
            }
            for (Map.Entry<?, ?> entry : want.entrySet()) {
                if (!have.containsKey(entry.getKey())
                        || !contains(entry.getValue(), have.get(entry.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (expected instanceof List<?> want) {
            if (!(actual instanceof List<?> have) || have.size() != want.size()) {
                return false;
            }
            for (int i = 0; i < want.size(); i++) {
                if (!contains(want.get(i), have.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(expected, actual);
    }

    /**
     * Equality that ignores JSON types: numbers by value, and a number or boolean equal to a string
     * with the same text. Used only to explain a mismatch.
     */
    public static boolean looselyEqual(Object a, Object b) {
        if (a instanceof List<?> left && b instanceof List<?> right) {
            if (left.size() != right.size()) {
                return false;
            }
            for (int i = 0; i < left.size(); i++) {
                if (!looselyEqual(left.get(i), right.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> left && b instanceof Map<?, ?> right) {
            if (!left.keySet().equals(right.keySet())) {
                return false;
            }
            return left.keySet().stream()
                    .allMatch(key -> looselyEqual(left.get(key), right.get(key)));
        }
        return Objects.equals(text(a), text(b));
    }

    private static String text(Object value) {
        if (value instanceof Number number) {
            try {
                return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return number.toString();
            }
        }
        return String.valueOf(value);
    }

    /** JSON text for messages; a value JSON cannot hold is shown by its type and text. */
    public static String show(Object value) {
        if (nonJsonPath(value, "") != null) {
            return String.valueOf(value) + " (" + typeName(value) + ")";
        }
        return value == ANY ? "<any>" : Json.write(normalizeForShow(value));
    }

    private static Object normalizeForShow(Object value) {
        if (value == ANY) {
            return "<any>";
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(item -> out.add(normalizeForShow(item)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((key, item) -> out.put(key, normalizeForShow(item)));
            return out;
        }
        return value;
    }

    public static String typeName(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }
}
