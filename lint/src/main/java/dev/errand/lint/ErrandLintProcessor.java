package dev.errand.lint;

import com.sun.source.util.JavacTask;
import dev.errand.lint.engine.Lint;
import dev.errand.lint.engine.Rule;
import dev.errand.lint.engine.Settings;
import dev.errand.lint.rules.Rules;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Entry point that javac discovers through {@code META-INF/services}. It does no work in the
 * annotation rounds: it registers a {@link Lint} task listener that analyses each class after javac
 * has attributed it, when every type is resolved and other processors (Lombok included) have
 * finished rewriting the tree.
 *
 * <p>When the javac plugin ({@link ErrandLintPlugin}, {@code -Xplugin:ErrandLint}) is active in the
 * same compilation, javac has initialised it first and it already analyses; the processor then does
 * nothing (and says so if it was given {@code -Aerrand.*} options, which only it reads).
 *
 * <p>It supports every annotation type ({@code "*"}) so that it is initialised for sources with no
 * annotation at all, and never claims any, so other processors see everything they expect. Nothing
 * is reported under {@code -proc:only}, because javac stops before the analysis phase.
 */
public final class ErrandLintProcessor extends AbstractProcessor {

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        JavacTask task = Lint.javacTask(env);
        if (task == null) {
            env.getMessager()
                    .printMessage(
                            Diagnostic.Kind.NOTE,
                            "errand-lint is inactive: this compiler environment does not expose the"
                                + " javac task API (run javac directly, through Maven or through"
                                + " Gradle)");
            return;
        }
        if (Lint.pluginActive(task)) {
            if (env.getOptions().keySet().stream().anyMatch(k -> k.startsWith(Settings.PREFIX))) {
                env.getMessager()
                        .printMessage(
                                Diagnostic.Kind.WARNING,
                                "errand-lint runs as the"
                                        + " javac plugin in this compilation and ignores the -A"
                                        + Settings.PREFIX
                                        + "* options; pass them as plugin arguments instead:"
                                        + " -Xplugin:\"ErrandLint errand.strict=true ...\"");
            }
            return;
        }
        List<Rule> rules = Rules.all();
        Settings settings = Settings.parse(env.getOptions(), rules, env.getMessager());
        Lint.install(task, rules, settings);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Settings.optionNames(Rules.all());
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return false;
    }
}
