package dev.errand.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles test sources in-process with the real javac and the lint processor, and compares the
 * lint's findings with the markers written in the source: {@code // BUG: ERR003} (or {@code // BUG:
 * ERR004, ERR006}) at the end of each line that must be flagged. Any finding on an unmarked line
 * and any marker without a finding are mismatches.
 *
 * <p>The stub copies of the Errand API and of the frameworks the fixtures use (under {@code
 * stubs/}) are compiled once per JVM, without the processor, onto a class path the fixtures then
 * compile against.
 */
final class LintHarness {

    private static final Pattern MARKER =
            Pattern.compile("//\\s*BUG:\\s*(ERR\\d{3}(\\s*,\\s*ERR\\d{3})*)");
    private static final Pattern FINDING = Pattern.compile("^\\[(ERR\\d{3}) (\\w+)\\]");
    private static Path stubClasses;

    /** One lint finding: where, which rule, what kind, what text. */
    record Finding(String file, long line, String rule, Diagnostic.Kind kind, String message) {
        @Override
        public String toString() {
            return file + ":" + line + " " + kind + " " + message;
        }
    }

    /** The result of one compilation: lint findings, javac's own errors, and the exit status. */
    record Result(
            List<Finding> findings,
            List<String> compilerErrors,
            List<String> otherMessages,
            boolean success) {}

    private LintHarness() {}

    static Path resource(String name) {
        try {
            return Paths.get(
                    Objects.requireNonNull(LintHarness.class.getResource("/" + name), name)
                            .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> javaFiles(String folder) {
        try (Stream<Path> files = Files.walk(resource(folder))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles the sources with the processor given explicitly, as a build tool would run it. */
    static Result compile(List<Path> sources, String... options) {
        return compile(sources, List.of(new ErrandLintProcessor()), List.of(options));
    }

    static synchronized Result compile(
            List<Path> sources, List<Processor> processors, List<String> options) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path out = tempDir("errand-lint-out");
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "-d",
                                out.toString(),
                                "-classpath",
                                stubClasses()
                                        + java.io.File.pathSeparator
                                        + System.getProperty("java.class.path"),
                                "--release",
                                "17",
                                "-Xmaxwarns",
                                "100000",
                                "-Xmaxerrs",
                                "100000"));
        args.addAll(options);
        try (StandardJavaFileManager files =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            JavaCompiler.CompilationTask task =
                    javac.getTask(
                            null,
                            files,
                            diagnostics,
                            args,
                            null,
                            files.getJavaFileObjectsFromPaths(sources));
            if (!processors.isEmpty()) {
                task.setProcessors(processors);
            }
            boolean success = task.call();
            return collect(diagnostics, success);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(out);
        }
    }

    private static Result collect(
            DiagnosticCollector<JavaFileObject> diagnostics, boolean success) {
        List<Finding> findings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            String message = d.getMessage(Locale.ROOT);
            Matcher m = FINDING.matcher(message);
            String file =
                    d.getSource() == null
                            ? "?"
                            : Paths.get(d.getSource().toUri()).getFileName().toString();
            if (m.find()) {
                findings.add(
                        new Finding(file, d.getLineNumber(), m.group(1), d.getKind(), message));
            } else if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(file + ":" + d.getLineNumber() + " " + message);
            } else {
                others.add(d.getKind() + " " + message);
            }
        }
        return new Result(findings, errors, others, success);
    }

    /** The "file:line rule" entries the markers of these sources ask for. */
    static TreeSet<String> expectedMarkers(List<Path> sources) {
        TreeSet<String> expected = new TreeSet<>();
        for (Path source : sources) {
            List<String> lines = readLines(source);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = MARKER.matcher(lines.get(i));
                if (m.find()) {
                    for (String rule : m.group(1).split("\\s*,\\s*")) {
                        expected.add(source.getFileName() + ":" + (i + 1) + " " + rule);
                    }
                }
            }
        }
        return expected;
    }

    static TreeSet<String> actualMarkers(Result result) {
        TreeSet<String> actual = new TreeSet<>();
        for (Finding f : result.findings()) {
            actual.add(f.file() + ":" + f.line() + " " + f.rule());
        }
        return actual;
    }

    static List<String> readLines(Path source) {
        try {
            return Files.readAllLines(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path stubClasses() {
        if (stubClasses == null) {
            stubClasses = tempDir("errand-lint-stubs");
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager files =
                    javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
                boolean ok =
                        javac.getTask(
                                        null,
                                        files,
                                        diagnostics,
                                        List.of(
                                                "-d",
                                                stubClasses.toString(),
                                                "-proc:none",
                                                "--release",
                                                "17"),
                                        null,
                                        files.getJavaFileObjectsFromPaths(javaFiles("stubs")))
                                .call();
                if (!ok) {
                    throw new IllegalStateException(
                            "stubs do not compile: " + diagnostics.getDiagnostics());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path dir = stubClasses;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        }
        return stubClasses;
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // A temporary directory left behind is harmless.
        }
    }
}
