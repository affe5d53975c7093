package dev.errand.samples.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errand.lint.ErrandLintProcessor;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles a deliberately bad job against the samples and errand-core with the real javac and
 * errand-lint on the processor path, as the samples' own build runs it, and checks that the lint
 * reports exactly the lines marked {@code // BUG: ERRxxx} in the fixture.
 */
class LintSamplesTest {

    private static final Pattern MARKER = Pattern.compile("//\\s*BUG:\\s*(ERR\\d{3})");
    private static final Pattern FINDING = Pattern.compile("^\\[(ERR\\d{3}) \\w+\\]");

    @TempDir Path out;

    @Test
    void lint_badSampleJob_reportsExactlyTheMarkedLines() throws Exception {
        Path fixture = resource("lint/BadSampleJob.java");

        DiagnosticCollector<JavaFileObject> diagnostics = compile(fixture);

        List<String> errors = new ArrayList<>();
        TreeSet<String> found = new TreeSet<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            Matcher m = FINDING.matcher(d.getMessage(Locale.ROOT));
            if (m.find()) {
                assertThat(d.getKind())
                        .as("severity of %s", d.getMessage(Locale.ROOT))
                        .isEqualTo(Diagnostic.Kind.WARNING);
                found.add("line " + d.getLineNumber() + " " + m.group(1));
            } else if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(d.toString());
            }
        }
        assertThat(errors).as("javac errors in %s", fixture.getFileName()).isEmpty();
        assertThat(found)
                .as("lint findings in %s", fixture.getFileName())
                .isEqualTo(markers(fixture));
    }

    private DiagnosticCollector<JavaFileObject> compile(Path source)
            throws IOException, URISyntaxException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options =
                List.of(
                        "-d",
                        out.toString(),
                        "--release",
                        "17",
                        "-classpath",
                        System.getProperty("java.class.path"),
                        "-processorpath",
                        lintLocation(),
                        "-processor",
                        ErrandLintProcessor.class.getName());
        try (StandardJavaFileManager files =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            javac.getTask(
                            null,
                            files,
                            diagnostics,
                            options,
                            null,
                            files.getJavaFileObjectsFromPaths(List.of(source)))
                    .call();
        }
        return diagnostics;
    }

    /** The errand-lint jar (or classes folder) on the test class path. */
    private static String lintLocation() throws URISyntaxException {
        return new File(
                        ErrandLintProcessor.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI())
                .getPath();
    }

    private static TreeSet<String> markers(Path source) throws IOException {
        TreeSet<String> expected = new TreeSet<>();
        List<String> lines = Files.readAllLines(source);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARKER.matcher(lines.get(i));
            if (m.find()) {
                expected.add("line " + (i + 1) + " " + m.group(1));
            }
        }
        return expected;
    }

    private static Path resource(String name) throws URISyntaxException {
        return Paths.get(LintSamplesTest.class.getResource("/" + name).toURI());
    }
}
