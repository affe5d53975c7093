package dev.errand.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.lint.LintHarness.Finding;
import dev.errand.lint.LintHarness.Result;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;

/** How javac finds and runs the processor, as a build tool would set it up. */
class ProcessorTest {

    @Test
    void processor_isRegisteredAsAService() {
        boolean found =
                ServiceLoader.load(Processor.class).stream()
                        .anyMatch(p -> p.type() == ErrandLintProcessor.class);

        assertTrue(found, "META-INF/services does not list ErrandLintProcessor");
    }

    @Test
    void processor_supportsEveryAnnotationAndClaimsNone() {
        ErrandLintProcessor processor = new ErrandLintProcessor();

        assertEquals(Set.of("*"), processor.getSupportedAnnotationTypes());
        assertFalse(processor.process(Set.of(), null), "the lint must not claim annotations");
    }

    @Test
    void processor_runsWhenFoundOnTheProcessorPath() throws Exception {
        Path lintClasses =
                Paths.get(
                        ErrandLintProcessor.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI());

        Result result =
                LintHarness.compile(
                        List.of(LintHarness.resource("options/SleepyJob.java")),
                        List.of(),
                        List.of("-processorpath", lintClasses.toString()));

        assertEquals(
                Set.of("ERR004", "ERR005"),
                result.findings().stream().map(Finding::rule).collect(Collectors.toSet()),
                "javac did not run the processor found through -processorpath");
    }
}
