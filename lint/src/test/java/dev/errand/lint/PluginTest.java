package dev.errand.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.util.Plugin;
import dev.errand.lint.LintHarness.Finding;
import dev.errand.lint.LintHarness.Result;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The javac plugin entry point, {@code -Xplugin:ErrandLint}, loaded by javac from the processor
 * path as a build would: the same findings as the processor, options as plugin arguments, and one
 * analysis when the processor runs in the same compilation.
 */
class PluginTest {

    private static final Path JOB = LintHarness.resource("options/SleepyJob.java");

    static Stream<Path> fixtures() {
        return LintHarness.javaFiles("rules").stream();
    }

    @AfterEach
    void noMarkIsLeftBehind() {
        List<Object> marks =
                System.getProperties().keySet().stream()
                        .filter(k -> k.toString().startsWith("dev.errand.lint."))
                        .toList();
        assertEquals(List.of(), marks, "the plugin's mark outlived the compilation");
    }

    @Test
    void plugin_isRegisteredAsAService() {
        boolean found =
                ServiceLoader.load(Plugin.class).stream()
                        .anyMatch(p -> p.type() == ErrandLintPlugin.class);

        assertTrue(found, "META-INF/services does not list ErrandLintPlugin");
        assertEquals("ErrandLint", new ErrandLintPlugin().getName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void plugin_withoutAnnotationProcessing_findsWhatTheProcessorFinds(Path fixture) {
        Result result = compile(List.of(fixture), "-proc:none", "-Xplugin:ErrandLint");

        assertTrue(
                result.compilerErrors().isEmpty(),
                () -> fixture.getFileName() + " does not compile: " + result.compilerErrors());
        assertEquals(
                LintHarness.expectedMarkers(List.of(fixture)),
                LintHarness.actualMarkers(result),
                () -> "findings of " + fixture.getFileName());
    }

    @Test
    void pluginArguments_takeTheProcessorOptions() {
        Result strict =
                compile(
                        List.of(JOB),
                        "-proc:none",
                        "-Xplugin:ErrandLint errand.strict=true errand.ERR005=off");

        assertEquals(Set.of("ERR004"), rules(strict));
        assertTrue(
                strict.findings().stream().allMatch(f -> f.kind() == Diagnostic.Kind.ERROR),
                () -> "strict mode left non-errors: " + strict.findings());
        assertFalse(strict.success(), "strict mode must fail the build");

        Result disabled =
                compile(
                        List.of(JOB),
                        "-proc:none",
                        "-Xplugin:ErrandLint errand.disable=SleepInJob,ERR005");
        assertEquals(Set.of(), rules(disabled));
    }

    @Test
    void pluginArguments_badValueAndUnknownKey_areReported() {
        Result result =
                compile(
                        List.of(JOB),
                        "-proc:none",
                        "-Xplugin:ErrandLint errand.SleepInJob=loud errand.strikt=true");

        assertEquals(
                Diagnostic.Kind.WARNING,
                result.findings().stream()
                        .filter(f -> f.rule().equals("ERR004"))
                        .findFirst()
                        .orElseThrow()
                        .kind());
        assertTrue(
                result.otherMessages().stream().anyMatch(m -> m.contains("is not a severity")),
                () -> "no message about the bad value in " + result.otherMessages());
        assertTrue(
                result.otherMessages().stream()
                        .anyMatch(m -> m.contains("unknown plugin argument 'errand.strikt=true'")),
                () -> "no message about the unknown key in " + result.otherMessages());
    }

    @Test
    void pluginAndProcessorFromTheProcessorPath_analyseOnce() {
        Result result = compile(List.of(JOB), "-Xplugin:ErrandLint errand.ERR005=note");

        assertEquals(List.of("ERR004", "ERR005"), ruleList(result), "each finding once");
        assertEquals(
                Diagnostic.Kind.NOTE,
                result.findings().stream()
                        .filter(f -> f.rule().equals("ERR005"))
                        .findFirst()
                        .orElseThrow()
                        .kind(),
                "the plugin's arguments must apply");
    }

    @Test
    void pluginAndProcessorFromDifferentClassLoaders_analyseOnce() throws Exception {
        // Gradle loads processors in its own class loader and hands them to javac, while javac
        // loads plugins from the processor path: two copies of the lint's classes.
        try (URLClassLoader isolated = new ChildFirst(lintClasses())) {
            Processor processor =
                    (Processor)
                            isolated.loadClass(ErrandLintProcessor.class.getName())
                                    .getDeclaredConstructor()
                                    .newInstance();
            assertNotSame(ErrandLintProcessor.class, processor.getClass());

            Result result =
                    LintHarness.compile(
                            List.of(JOB),
                            List.of(processor),
                            List.of(
                                    "-processorpath",
                                    lintClasses().toString(),
                                    "-Xplugin:ErrandLint"));

            assertEquals(List.of("ERR004", "ERR005"), ruleList(result), "each finding once");
        }
    }

    /** Loads the lint's own classes itself rather than from its parent. */
    private static final class ChildFirst extends URLClassLoader {

        ChildFirst(Path classes) throws java.net.MalformedURLException {
            super(new URL[] {classes.toUri().toURL()}, PluginTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("dev.errand.lint.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : findClass(name);
            }
        }
    }

    @Test
    void processorOptions_whenThePluginRuns_areReportedAsIgnored() {
        Result result = compile(List.of(JOB), "-Xplugin:ErrandLint", "-Aerrand.strict=true");

        assertEquals(List.of("ERR004", "ERR005"), ruleList(result));
        assertTrue(result.success(), "the ignored -A option must not apply");
        assertTrue(
                result.otherMessages().stream().anyMatch(m -> m.contains("ignores the -A")),
                () -> "no message about the ignored options in " + result.otherMessages());
    }

    private static Result compile(List<Path> sources, String... options) {
        List<String> args = new ArrayList<>(List.of("-processorpath", lintClasses().toString()));
        args.addAll(List.of(options));
        return LintHarness.compile(sources, List.of(), args);
    }

    private static Path lintClasses() {
        try {
            return Paths.get(
                    ErrandLintPlugin.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> rules(Result result) {
        return result.findings().stream().map(Finding::rule).collect(Collectors.toSet());
    }

    private static List<String> ruleList(Result result) {
        return result.findings().stream().map(Finding::rule).sorted().toList();
    }
}
