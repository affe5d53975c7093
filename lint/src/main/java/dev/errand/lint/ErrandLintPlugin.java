package dev.errand.lint;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import dev.errand.lint.engine.Lint;
import dev.errand.lint.rules.Rules;

/**
 * The javac plugin entry point, {@code -Xplugin:ErrandLint}: the same analysis as {@link
 * ErrandLintProcessor}, registered without annotation processing. javac loads plugins from the
 * processor path (or the class path when there is none), so the setup is the processor's plus one
 * option; with {@code -proc:none} as well, javac skips annotation processing, and its cost,
 * altogether.
 *
 * <p>Options are plugin arguments with the processor's keys, without {@code -A}: {@code
 * -Xplugin:"ErrandLint errand.strict=true errand.ERR004=off"}. If javac also runs the processor
 * from the same jar, the processor stays idle, so each class is analysed once.
 */
public final class ErrandLintPlugin implements Plugin {

    /** The name given to {@code -Xplugin}. */
    public static final String NAME = "ErrandLint";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void init(JavacTask task, String... args) {
        Lint.installPlugin(task, Rules.all(), args);
    }
}
