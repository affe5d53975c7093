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

    private JsonArgs() {}

    /** Checks every argument; {@code className} is only used in the message. */
    public static void check(String className, List<?> args) {
        if (args == null) {
            throw new InvalidJobArgumentException("arguments to " + className
                    + " are null; pass an empty list for a job without arguments");
        }
        for (int i = 0; i < args.size(); i++) {
            checkValue(className, "args[" + i + "]", args.get(i), 0);
        }
    }

    private static void checkValue(String className, String path, Object value, int depth) {
        if (depth > 100) {
            throw new InvalidJobArgumentException("argument " + path + " of " + className
                    + " is nested more than 100 levels deep; pass a flatter structure");
        }
        if (value == null || value instanceof String || value instanceof Boolean
                || value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger
                || value instanceof BigDecimal) {
            return;
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                throw new InvalidJobArgumentException("argument " + path + " of " + className
                        + " is " + value + ", which JSON cannot hold; pass a finite number or null");
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
                    throw new InvalidJobArgumentException("argument " + path + " of " + className
                            + " is a map with a key of type " + typeName(entry.getKey())
                            + "; JSON maps need String keys");
                }
                checkValue(className, path + "." + key, entry.getValue(), depth + 1);
            }
            return;
        }
        throw new InvalidJobArgumentException("argument " + path + " of " + className + " is a "
                + typeName(value) + ", which is not JSON-native; pass a String, number, Boolean,"
                + " List or Map with String keys (for a record, pass its id)");
    }

    static String typeName(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }
}
