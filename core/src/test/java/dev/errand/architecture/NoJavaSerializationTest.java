package dev.errand.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Jobs arrive from Redis, which anyone with network access to it can write: nothing in core may
 * turn those bytes into objects through Java serialization. This reads every compiled class of core
 * (target/classes) and fails on any reference to the object streams (which a private readObject
 * hook needs too) or to the other serialization hooks, and on any class that declares {@link
 * Serializable} itself. (Exceptions are serializable through {@link Throwable}; that is the JDK's,
 * not ours, and harmless as long as nothing deserializes.)
 */
class NoJavaSerializationTest {
    private static final Path CLASSES = Path.of("target", "classes");
    private static final List<String> FORBIDDEN =
            List.of(
                    "java/io/ObjectInputStream",
                    "java/io/ObjectOutputStream",
                    "java/io/ObjectInput",
                    "java/io/ObjectOutput",
                    "java/io/Externalizable",
                    "java/beans/XMLDecoder",
                    "readResolve",
                    "writeReplace",
                    "readExternal");

    @Test
    void coreClasses_useNoJavaSerialization() throws IOException {
        List<String> violations = new ArrayList<>();
        List<Path> classFiles = classFiles();

        for (Path file : classFiles) {
            String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String name : FORBIDDEN) {
                if (constants.contains(name)) {
                    violations.add(relative(file) + " refers to " + name);
                }
            }
        }

        assertThat(classFiles).as("compiled classes of core").hasSizeGreaterThan(50);
        assertThat(violations).as("uses of Java serialization").isEmpty();
    }

    @Test
    void coreClasses_declareNoSerializable() throws Exception {
        List<String> declaring = new ArrayList<>();

        for (Path file : classFiles()) {
            String name = relative(file).replace(".class", "").replace('/', '.');
            Class<?> type = Class.forName(name, false, getClass().getClassLoader());
            if (List.of(type.getInterfaces()).contains(Serializable.class)) {
                declaring.add(name);
            }
        }

        assertThat(declaring).as("classes that implement Serializable themselves").isEmpty();
    }

    private static List<Path> classFiles() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.filter(file -> file.toString().endsWith(".class")).sorted().toList();
        }
    }

    private static String relative(Path file) {
        return CLASSES.relativize(file).toString().replace('\\', '/');
    }
}
