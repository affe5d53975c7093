package dev.errand.wire;

import dev.errand.InvalidJobArgumentException;
import dev.errand.Job;
import dev.errand.Job0;
import dev.errand.Job1;
import dev.errand.Job2;
import dev.errand.Job3;
import dev.errand.RawJob;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads the argument types of a job class from the {@code JobN<...>} interface it implements, and
 * converts decoded JSON values to them when the job runs. Only JSON-native types are accepted as
 * parameters, so a job can never ask for an object that would need Java serialization.
 */
public final class ArgumentTypes {

    /** What {@link #convertScalar} returns for a value the declared type does not take. */
    private static final Object MISMATCH = new Object();

    private ArgumentTypes() {}

    /**
     * The parameter types of {@code perform}, or null for a {@link RawJob}.
     *
     * @throws IllegalArgumentException when a parameter type is not JSON-native
     */
    public static List<Type> of(Class<? extends Job> jobClass) {
        if (RawJob.class.isAssignableFrom(jobClass)) {
            return null;
        }
        Class<?> arity = arityInterface(jobClass);
        Type[] resolved = resolve(jobClass, arity);
        List<Type> types = new ArrayList<>();
        for (int i = 0; i < resolved.length; i++) {
            Type type = resolved[i];
            if (!isJsonNative(type)) {
                throw new IllegalArgumentException(
                        jobClass.getName()
                                + " implements "
                                + arity.getSimpleName()
                                + " with argument "
                                + i
                                + " of type "
                                + type.getTypeName()
                                + ", which is not JSON-native; declare a String, Long, Integer,"
                                + " Double, Boolean, BigInteger, List or Map<String, ?> and pass"
                                + " ids, not objects");
            }
            types.add(type);
        }
        return List.copyOf(types);
    }

    /**
     * Converts one decoded JSON value to the declared type.
     *
     * @throws InvalidJobArgumentException naming the position, the expected and the found type
     */
    public static Object convert(String className, int position, Object value, Type declared) {
        if (!(value instanceof List) && !(value instanceof Map)) {
            Object converted = convertScalar(value, rawClass(declared));
            if (converted != MISMATCH) {
                return converted;
            }
        }
        return convert(className, "argument " + position, value, declared);
    }

    /**
     * Converts a value that is neither list nor map without building the path that only an error
     * message needs; the common case of every job run.
     */
    private static Object convertScalar(Object value, Class<?> raw) {
        if (value == null || raw == Object.class) {
            return value;
        }
        if (raw.isInstance(value) && !isNumberType(raw)) {
            return value;
        }
        if (value instanceof Number number) {
            Object converted = convertNumber(number, raw);
            if (converted != null) {
                return converted;
            }
        }
        return MISMATCH;
    }

    private static Object convert(String className, String path, Object value, Type declared) {
        Class<?> raw = rawClass(declared);
        if (value == null || raw == Object.class) {
            return value;
        }
        if (value instanceof List<?> list && raw.isAssignableFrom(List.class)) {
            Type element = typeArgument(declared, 0);
            List<Object> converted = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                converted.add(convert(className, path + "[" + i + "]", list.get(i), element));
            }
            return converted;
        }
        if (value instanceof Map<?, ?> map && raw.isAssignableFrom(Map.class)) {
            Type valueType = typeArgument(declared, 1);
            Map<Object, Object> converted = new java.util.LinkedHashMap<>();
            map.forEach(
                    (key, item) ->
                            converted.put(
                                    key, convert(className, path + "." + key, item, valueType)));
            return converted;
        }
        Object scalar = convertScalar(value, raw);
        if (scalar != MISMATCH) {
            return scalar;
        }
        throw new InvalidJobArgumentException(
                path
                        + " of "
                        + className
                        + " should be "
                        + raw.getSimpleName()
                        + " but the payload holds "
                        + JsonArgs.typeName(value)
                        + " "
                        + preview(value));
    }

    private static Type typeArgument(Type declared, int index) {
        if (declared instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments().length > index) {
            return parameterized.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    private static Object convertNumber(Number number, Class<?> target) {
        boolean integral =
                number instanceof Integer || number instanceof Long || number instanceof BigInteger;
        if (target == Number.class) {
            return number;
        }
        if (target == Long.class && integral && fitsLong(number)) {
            return number.longValue();
        }
        if (target == Integer.class
                && integral
                && fitsLong(number)
                && number.longValue() == (int) number.longValue()) {
            return number.intValue();
        }
        if (target == BigInteger.class && integral) {
            return new BigInteger(number.toString());
        }
        if (target == Double.class) {
            return number.doubleValue();
        }
        return null;
    }

    private static boolean fitsLong(Number number) {
        return !(number instanceof BigInteger big) || big.bitLength() < 64;
    }

    private static boolean isNumberType(Class<?> raw) {
        return Number.class.isAssignableFrom(raw);
    }

    private static String preview(Object value) {
        String text = value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    private static boolean isJsonNative(Type type) {
        Class<?> raw = rawClass(type);
        if (type instanceof java.lang.reflect.GenericArrayType) {
            return false;
        }
        if (raw == Object.class
                || raw == String.class
                || raw == Boolean.class
                || raw == Integer.class
                || raw == Long.class
                || raw == Double.class
                || raw == Number.class
                || raw == BigInteger.class) {
            return true;
        }
        if (type instanceof ParameterizedType parameterized) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw) || Collection.class == raw) {
                return raw.isInterface() && isJsonNative(arguments[0]);
            }
            if (Map.class == raw) {
                return rawClass(arguments[0]) == String.class && isJsonNative(arguments[1]);
            }
            return false;
        }
        return raw == List.class || raw == Collection.class;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        if (type instanceof java.lang.reflect.WildcardType wildcard) {
            return rawClass(wildcard.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Class<?> arityInterface(Class<?> jobClass) {
        List<Class<?>> found = new ArrayList<>();
        for (Class<?> arity : List.of(Job0.class, Job1.class, Job2.class, Job3.class)) {
            if (arity.isAssignableFrom(jobClass)) {
                found.add(arity);
            }
        }
        if (found.size() != 1) {
            throw new IllegalArgumentException(
                    jobClass.getName()
                            + " must implement exactly one"
                            + " of Job0, Job1, Job2, Job3 or RawJob, found "
                            + found.size());
        }
        return found.get(0);
    }

    /** Walks the type hierarchy to find what the arity interface's type variables are bound to. */
    private static Type[] resolve(Class<?> jobClass, Class<?> arity) {
        int count = arity.getTypeParameters().length;
        Type[] result = new Type[count];
        for (int i = 0; i < count; i++) {
            result[i] = Object.class;
        }
        Type found = findGenericInterface(jobClass, arity, new java.util.HashMap<>());
        if (found instanceof ParameterizedType parameterized) {
            Type[] args = parameterized.getActualTypeArguments();
            for (int i = 0; i < count; i++) {
                result[i] = args[i] instanceof TypeVariable<?> ? Object.class : args[i];
            }
        }
        return result;
    }

    private static Type findGenericInterface(
            Class<?> type, Class<?> target, Map<TypeVariable<?>, Type> bindings) {
        if (type == null) {
            return null;
        }
        List<Type> supers = new ArrayList<>(List.of(type.getGenericInterfaces()));
        if (type.getGenericSuperclass() != null) {
            supers.add(type.getGenericSuperclass());
        }
        for (Type candidate : supers) {
            Class<?> raw = rawClass(candidate);
            Type bound = substitute(candidate, bindings);
            if (raw == target) {
                return bound;
            }
            if (target.isAssignableFrom(raw)) {
                Map<TypeVariable<?>, Type> next = new java.util.HashMap<>();
                if (bound instanceof ParameterizedType parameterized) {
                    TypeVariable<?>[] variables = raw.getTypeParameters();
                    Type[] actual = parameterized.getActualTypeArguments();
                    for (int i = 0; i < variables.length; i++) {
                        next.put(variables[i], actual[i]);
                    }
                }
                Type result = findGenericInterface(raw, target, next);
                if (result != null) {
                    return result;
                }
            }
        }
        return null;
    }

    private static Type substitute(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (!(type instanceof ParameterizedType parameterized) || bindings.isEmpty()) {
            return type;
        }
        Type[] args = parameterized.getActualTypeArguments().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof TypeVariable<?> variable && bindings.containsKey(variable)) {
                args[i] = bindings.get(variable);
            }
        }
        return new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return args.clone();
            }

            @Override
            public Type getRawType() {
                return parameterized.getRawType();
            }

            @Override
            public Type getOwnerType() {
                return parameterized.getOwnerType();
            }
        };
    }
}
