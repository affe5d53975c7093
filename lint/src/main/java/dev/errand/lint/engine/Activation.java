package dev.errand.lint.engine;

import com.sun.source.util.JavacTask;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Makes the analysis run once per compilation when both entry points are active: the javac plugin
 * ({@code -Xplugin:ErrandLint}) and the annotation processor, which javac also finds in the same
 * jar on the processor path. javac always initialises plugins before processors, so the plugin
 * marks the compilation and the processor, seeing the mark, stays idle.
 *
 * <p>The two may be loaded by different class loaders (Gradle loads processors itself; javac loads
 * plugins from the processor path), so a static field is not shared between them. The mark is
 * therefore a system property named after the compilation task's identity, whose value names a
 * second object of the same compilation, and it is removed when the compilation finishes. A static
 * map is kept as well, for when system properties are not writable.
 */
final class Activation {

    private static final String PREFIX = "dev.errand.lint.plugin@";
    private static final Map<JavacTask, Boolean> LOCAL =
            Collections.synchronizedMap(new WeakHashMap<>());

    private Activation() {}

    /** Records that the plugin analyses this compilation. */
    static void markPlugin(JavacTask task) {
        LOCAL.put(task, Boolean.TRUE);
        try {
            System.getProperties().putIfAbsent(key(task), stamp(task));
        } catch (SecurityException readOnly) {
            // The static map still covers the usual case of one class loader.
        }
    }

    /** Whether the plugin analyses this compilation, so the processor must not. */
    static boolean pluginActive(JavacTask task) {
        if (LOCAL.containsKey(task)) {
            return true;
        }
        try {
            return stamp(task).equals(System.getProperty(key(task)));
        } catch (SecurityException unreadable) {
            return false;
        }
    }

    /** Removes the mark once the compilation is over. */
    static void clear(JavacTask task) {
        LOCAL.remove(task);
        try {
            System.getProperties().remove(key(task), stamp(task));
        } catch (SecurityException readOnly) {
            // Nothing was written.
        }
    }

    private static String key(JavacTask task) {
        return PREFIX + Integer.toHexString(System.identityHashCode(task));
    }

    private static String stamp(JavacTask task) {
        // Two live tasks may share an identity hash; their element utilities almost surely not.
        return Integer.toHexString(System.identityHashCode(task.getElements()));
    }
}
