package dev.errand.worker;

import java.util.concurrent.ThreadFactory;

/**
 * Virtual threads on Java 21 and later, reached through reflection so the library still compiles
 * and runs on Java 17.
 */
final class VirtualThreads {
    private VirtualThreads() {}

    static ThreadFactory factory(String prefix) {
        try {
            Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
            Class<?> builderType = Class.forName("java.lang.Thread$Builder");
            builder =
                    builderType
                            .getMethod("name", String.class, long.class)
                            .invoke(builder, prefix, 1L);
            return (ThreadFactory) builderType.getMethod("factory").invoke(builder);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("virtual threads need Java 21 or later", e);
        }
    }
}
