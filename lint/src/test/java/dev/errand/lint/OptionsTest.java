package dev.errand.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.lint.LintHarness.Finding;
import dev.errand.lint.LintHarness.Result;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** The -A options: per-rule severity by name or id, the disable list, strict mode, typos. */
class OptionsTest {

    private static final Path JOB = LintHarness.resource("options/SleepyJob.java");

    @Test
    void defaults_reportWarningsAndCompile() {
        Result result = LintHarness.compile(List.of(JOB));

        assertEquals(Set.of("ERR004", "ERR005"), rules(result));
        assertTrue(
                result.findings().stream().allMatch(f -> f.kind() == Diagnostic.Kind.WARNING),
                () -> "expected warnings only, found " + result.findings());
        assertTrue(result.success(), "warnings must not fail the build");
        assertTrue(
                result.otherMessages().stream().noneMatch(m -> m.contains("not recognized")),
                () -> "javac did not accept the lint's options: " + result.otherMessages());
    }

    @Test
    void severityOption_byName_turnsFindingIntoError() {
        Result result = LintHarness.compile(List.of(JOB), "-Aerrand.SleepInJob=error");

        assertEquals(Diagnostic.Kind.ERROR, kindOf(result, "ERR004"));
        assertEquals(Diagnostic.Kind.WARNING, kindOf(result, "ERR005"));
        assertFalse(result.success(), "an error-level finding must fail the build");
    }

    @Test
    void severityOption_byId_turnsRuleOffOrToNote() {
        Result result =
                LintHarness.compile(
                        List.of(JOB), "-Aerrand.ERR004=off", "-Aerrand.SwallowedException=note");

        assertEquals(Set.of("ERR005"), rules(result));
        assertEquals(Diagnostic.Kind.NOTE, kindOf(result, "ERR005"));
    }

    @Test
    void disableOption_turnsSeveralRulesOff() {
        Result result = LintHarness.compile(List.of(JOB), "-Aerrand.disable=SleepInJob, ERR005");

        assertEquals(Set.of(), rules(result));
    }

    @Test
    void strictOption_makesEveryFindingAnErrorAndFailsTheBuild() {
        Result result = LintHarness.compile(List.of(JOB), "-Aerrand.strict=true");

        assertEquals(Set.of("ERR004", "ERR005"), rules(result));
        assertTrue(
                result.findings().stream().allMatch(f -> f.kind() == Diagnostic.Kind.ERROR),
                () -> "strict mode left non-errors: " + result.findings());
        assertFalse(result.success(), "strict mode must fail the build");
    }

    @Test
    void strictOption_keepsRulesThatAreOff() {
        Result result =
                LintHarness.compile(
                        List.of(JOB), "-Aerrand.strict=true", "-Aerrand.SleepInJob=off");

        assertEquals(Set.of("ERR005"), rules(result));
    }

    @Test
    void severityOption_withUnknownValue_isReportedAndKeepsDefault() {
        Result result = LintHarness.compile(List.of(JOB), "-Aerrand.SleepInJob=loud");

        assertEquals(Diagnostic.Kind.WARNING, kindOf(result, "ERR004"));
        assertTrue(
                result.otherMessages().stream().anyMatch(m -> m.contains("is not a severity")),
                () -> "no message about the bad value in " + result.otherMessages());
    }

    private static Set<String> rules(Result result) {
        return result.findings().stream().map(Finding::rule).collect(Collectors.toSet());
    }

    private static Diagnostic.Kind kindOf(Result result, String rule) {
        return result.findings().stream()
                .filter(f -> f.rule().equals(rule))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + result.findings()))
                .kind();
    }
}
