package dev.errand.lint.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Subtype tests against well-known JDK types ({@code java.util.Map}, {@code java.lang.Thread}...),
 * with each type looked up once per compilation: a lookup by name costs far more than the subtype
 * test itself.
 */
public final class KnownTypes {

    private final Types types;
    private final Elements elements;
    private final TypeMirror missing;
    private final Map<String, TypeMirror> erasures = new HashMap<>();
    private final Map<TypeElement, Set<String>> supertypeNames = new HashMap<>();
    private ModuleElement javaBase;
    private boolean javaBaseLooked;

    KnownTypes(Types types, Elements elements) {
        this.types = types;
        this.elements = elements;
        this.missing = types.getNoType(TypeKind.NONE);
    }

    /**
     * Whether a type is, or derives from, the named class or interface: {@link #isA} by the names
     * of its supertypes, which javac has already read. A type the program does not otherwise use
     * (say {@code java.util.Timer}) is then never loaded, nor is its package, for a test that
     * almost always fails. Types that are not classes or interfaces go through isA.
     */
    public boolean derivesFrom(TypeMirror type, String qualifiedName) {
        if (type.getKind() != TypeKind.DECLARED) {
            return isA(type, qualifiedName);
        }
        return supertypeNames((TypeElement) types.asElement(type)).contains(qualifiedName);
    }

    private Set<String> supertypeNames(TypeElement type) {
        Set<String> names = supertypeNames.get(type);
        if (names == null) {
            names = new HashSet<>();
            names.add(type.getQualifiedName().toString());
            supertypeNames.put(type, names); // before the supertypes: erroneous code may cycle
            addSupertypeNames(type.getSuperclass(), names);
            for (TypeMirror supertype : type.getInterfaces()) {
                addSupertypeNames(supertype, names);
            }
        }
        return names;
    }

    private void addSupertypeNames(TypeMirror supertype, Set<String> names) {
        if (supertype.getKind() == TypeKind.DECLARED) {
            names.addAll(supertypeNames((TypeElement) types.asElement(supertype)));
        }
    }

    /** Whether the erasure of {@code type} is a subtype of the named class or interface. */
    public boolean isA(TypeMirror type, String qualifiedName) {
        TypeMirror target = erasure(qualifiedName);
        return target != null && types.isSubtype(types.erasure(type), target);
    }

    /**
     * The erasure of the named type, or null when it is not found. Every type the rules name is in
     * {@code java.base}; looking there directly spares javac a search of every module.
     */
    public TypeMirror erasure(String qualifiedName) {
        TypeMirror target = erasures.get(qualifiedName);
        if (target == null) {
            if (!javaBaseLooked) {
                javaBaseLooked = true;
                javaBase = elements.getModuleElement("java.base"); // null before Java 9 sources
            }
            TypeElement element =
                    javaBase == null ? null : elements.getTypeElement(javaBase, qualifiedName);
            if (element == null) {
                element = elements.getTypeElement(qualifiedName);
            }
            target = element == null ? missing : types.erasure(element.asType());
            erasures.put(qualifiedName, target);
        }
        return target == missing ? null : target;
    }
}
