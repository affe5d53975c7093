package dev.errand.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.lint.LintHarness.Result;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One compilation per fixture under {@code rules/}: each fixture holds the positive and negative
 * cases of one rule (or one lint feature), and the findings must match its markers exactly.
 */
class RuleFixturesTest {

    static Stream<Path> fixtures() {
        return LintHarness.javaFiles("rules").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixture_findingsMatchMarkers(Path fixture) {
        Result result = LintHarness.compile(List.of(fixture));

        assertTrue(
                result.compilerErrors().isEmpty(),
                () -> fixture.getFileName() + " does not compile: " + result.compilerErrors());
        TreeSet<String> expected = LintHarness.expectedMarkers(List.of(fixture));
        TreeSet<String> actual = LintHarness.actualMarkers(result);
        TreeSet<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        TreeSet<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertEquals(
                "",
                describe(missing, extra, result),
                () -> fixture.getFileName() + ": findings differ from the // BUG: markers");
    }

    private static String describe(TreeSet<String> missing, TreeSet<String> extra, Result result) {
        StringBuilder text = new StringBuilder();
        missing.forEach(m -> text.append("\nmissing: ").append(m));
        for (String e : extra) {
            text.append("\nunexpected: ").append(e);
            result.findings().stream()
                    .filter(f -> e.equals(f.file() + ":" + f.line() + " " + f.rule()))
                    .forEach(f -> text.append("\n    ").append(f.message()));
        }
        return text.toString();
    }
}
