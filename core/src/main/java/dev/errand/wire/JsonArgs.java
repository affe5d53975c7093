package dev.errand.wire;

import dev.errand.InvalidJobArgumentException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The client-side guard of Sidekiq's strict-argument rule: only null, booleans, numbers, strings,
 * lists and maps with string keys, all the way down, may be pushed. Anything else is rejected
 * before it reaches Redis, with the position (for example {@code args[1].user.id}) and the type
 * found.
 */
public final class JsonArgs {

    /** Ruby's JSON parser stops at 100 levels; the payload object and args array use two. */
    static final int MAX_DEPTH = 97;

    private JsonArgs() {}

    /**
     * Checks a whole job hash after client middleware ran, so a middleware cannot add a value that
     * is not JSON-native under any key.
     */
    public static void checkJob(String className, java.util.Map<String, Object> job) {
        for (java.util.Map.Entry<String, Object> field : job.entrySet()) {
            if (field.getValue() instanceof BigDecimal) {
                continue;
            }
            checkValue(className, field.getKey(), field.getValue(), 0);
        }
    }

    /** Checks every argument; {@code className} is only used in the message. */
    public static void check(String className, List<?> args) {
        if (args == null) {
            throw new InvalidJobArgumentException(
                    "arguments to "
                            + className
                            + " are null; pass an empty list for a job without arguments");
        }
        for (int i = 0; i < args.size(); i++) {
            checkValue(className, "args[" + i + "]", args.get(i), 0);
        }
    }

    private static void checkValue(String className, String path, Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new InvalidJobArgumentException(
                    "argument "
                            + path
                            + " of "
                            + className
                            + " is nested more than "
                            + MAX_DEPTH
                            + " levels deep, which Ruby's JSON"
                            + " parser refuses; pass a flatter structure");
        }
        if (value == null
                || value instanceof String
                || value instanceof Boolean
                || value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte
                || value instanceof BigInteger) {
            return;
        }
        if (value instanceof BigDecimal) {
            throw new InvalidJobArgumentException(
                    "argument "
                            + path
                            + " of "
                            + className
                            + " is a java.math.BigDecimal, which JSON readers turn into a double"
                            + " and round; pass it as a String (or an amount in cents as a Long)");
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                throw new InvalidJobArgumentException(
                        "argument "
                                + path
                                + " of "
                                + className
                                + " is "
                                + value
                                + ", which JSON cannot hold; pass a finite number or null");
            }
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                checkValue(className, path + "[" + i + "]", list.get(i), depth + 1);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new InvalidJobArgumentException(
                            "argument "
                                    + path
                                    + " of "
                                    + className
                                    + " is a map with a key of type "
                                    + typeName(entry.getKey())
                                    + "; JSON maps need String keys");
                }
                checkValue(className, path + "." + key, entry.getValue(), depth + 1);
            }
            return;
        }
        throw new InvalidJobArgumentException(
                "argument "
                        + path
                        + " of "
                        + className
                        + " is a "
                        + typeName(value)
                        + ", which is not JSON-native; pass a String, number, Boolean,"
                        + " List or Map with String keys (for a record, pass its id)");
    }

    static String typeName(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }
}
