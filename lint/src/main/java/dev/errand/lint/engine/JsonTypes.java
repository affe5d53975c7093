package dev.errand.lint.engine;

import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * Decides whether a static type travels through a Sidekiq payload unchanged: JSON-native means
 * String, boolean, the numeric primitives and their boxes, BigInteger, BigDecimal, Number, null,
 * and Lists, Collections and String-keyed Maps of those. Object, type variables, wildcards and
 * intersection types are unknown and never reported.
 *
 * <p>Primitive arrays of numbers and booleans are accepted: they encode as JSON arrays of the same
 * values and carry no identity. {@code byte[]} and {@code char[]} are not: the JSON mapper writes
 * them as a base64 or plain string, so the job receives a String, not the array.
 */
public final class JsonTypes {

    private static final Set<String> NATIVE =
            Set.of(
                    "java.lang.String",
                    "java.lang.Boolean",
                    "java.lang.Integer",
                    "java.lang.Long",
                    "java.lang.Short",
                    "java.lang.Byte",
                    "java.lang.Double",
                    "java.lang.Float",
                    "java.lang.Character",
                    "java.lang.Number",
                    "java.lang.Object",
                    "java.lang.CharSequence",
                    "java.lang.Comparable",
                    "java.io.Serializable",
                    "java.math.BigInteger",
                    "java.math.BigDecimal");
    private static final Set<String> ENTITY_MARKERS =
            Set.of("Entity", "Table", "Document", "MappedSuperclass", "Embeddable");

    /** What is wrong with a type and what to pass instead. */
    public record Problem(String found, String fix) {}

    private final Types types;
    private final KnownTypes known;

    JsonTypes(Types types, KnownTypes known) {
        this.types = types;
        this.known = known;
    }

    /** The problem with this type, or null when it is JSON-native or unknown. */
    public Problem problem(TypeMirror type) {
        if (type == null) {
            return null;
        }
        switch (type.getKind()) {
            case ARRAY:
                return arrayProblem((ArrayType) type);
            case TYPEVAR:
                return problem(((TypeVariable) type).getUpperBound());
            case WILDCARD:
                return problem(((WildcardType) type).getExtendsBound());
            case DECLARED:
                return declaredProblem((DeclaredType) type);
            default:
                return null;
        }
    }

    private Problem arrayProblem(ArrayType array) {
        TypeKind component = array.getComponentType().getKind();
        if (component == TypeKind.BYTE || component == TypeKind.CHAR) {
            return new Problem(
                    array + " is written as a string, not an array",
                    "store the payload elsewhere and pass its key, or pass a String");
        }
        if (component.isPrimitive()) {
            return null;
        }
        return new Problem(
                array + " is an array of objects",
                "pass a List of JSON-native values (ids, strings, numbers)");
    }

    private Problem declaredProblem(DeclaredType type) {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        if (NATIVE.contains(name)) {
            return null;
        }
        if (name.startsWith("java.time.")
                || name.equals("java.util.Date")
                || name.equals("java.util.Calendar")
                || name.startsWith("java.sql.")) {
            return new Problem(
                    simple(element) + " is a date/time type",
                    "pass an ISO-8601 string or epoch milliseconds and parse it in the job");
        }
        if (name.equals("java.util.UUID")) {
            return new Problem("UUID is not a JSON type", "pass uuid.toString()");
        }
        if (name.startsWith("java.util.Optional")) {
            return new Problem(simple(element) + " is not a JSON type", "pass the value or null");
        }
        if (name.equals("java.lang.Class")) {
            return new Problem("a Class object is not a JSON type", "pass the class name");
        }
        if (isA(type, "java.util.Map")) {
            return mapProblem(type);
        }
        if (isA(type, "java.lang.Iterable")) {
            List<? extends TypeMirror> args = type.getTypeArguments();
            Problem element1 = args.size() == 1 ? problem(args.get(0)) : null;
            return element1 == null
                    ? null
                    : new Problem(simple(element) + " of " + element1.found(), element1.fix());
        }
        if (element.getKind() == ElementKind.ENUM) {
            return new Problem(
                    simple(element)
                            + " is an enum, and renaming a constant breaks"
                            + " queued jobs",
                    "pass its name() and look it up with valueOf in the job");
        }
        if (name.startsWith("java.") || name.startsWith("javax.")) {
            return new Problem(
                    simple(element) + " is not a JSON type",
                    "pass JSON-native values (ids, strings, numbers)");
        }
        if (isEntity(element)) {
            return new Problem(
                    simple(element) + " is an entity (it has an id)",
                    "pass its id and load the record inside the job");
        }
        return new Problem(
                simple(element) + " is an object, not JSON data",
                "pass its id or its fields as JSON-native values");
    }

    private Problem mapProblem(DeclaredType type) {
        List<? extends TypeMirror> args = type.getTypeArguments();
        if (args.size() != 2) {
            return null;
        }
        TypeMirror key = args.get(0);
        boolean stringKey =
                key.getKind() != TypeKind.DECLARED
                        || Set.of("java.lang.String", "java.lang.Object", "java.lang.CharSequence")
                                .contains(
                                        ((TypeElement) ((DeclaredType) key).asElement())
                                                .getQualifiedName()
                                                .toString());
        if (!stringKey) {
            return new Problem(
                    "a Map with " + simple(types.asElement(key)) + " keys",
                    "use String keys: JSON object keys are always strings");
        }
        Problem value = problem(args.get(1));
        return value == null
                ? null
                : new Problem("a Map whose values: " + value.found(), value.fix());
    }

    private boolean isA(DeclaredType type, String qualifiedName) {
        return known.isA(type, qualifiedName);
    }

    private boolean isEntity(TypeElement element) {
        for (TypeElement e = element; e != null; e = superclass(e)) {
            for (var annotation : e.getAnnotationMirrors()) {
                if (ENTITY_MARKERS.contains(
                        annotation.getAnnotationType().asElement().getSimpleName().toString())) {
                    return true;
                }
            }
            for (Element member : e.getEnclosedElements()) {
                String n = member.getSimpleName().toString();
                boolean idMethod =
                        member.getKind() == ElementKind.METHOD
                                && (n.equals("getId") || n.equals("id"));
                boolean idField = member.getKind() == ElementKind.FIELD && n.equals("id");
                if (idMethod || idField) {
                    return true;
                }
            }
        }
        return false;
    }

    private TypeElement superclass(TypeElement element) {
        Element superElement = types.asElement(element.getSuperclass());
        return superElement instanceof TypeElement
                        && !((TypeElement) superElement)
                                .getQualifiedName()
                                .contentEquals("java.lang.Object")
                ? (TypeElement) superElement
                : null;
    }

    private static String simple(Element element) {
        return element == null ? "?" : element.getSimpleName().toString();
    }
}
