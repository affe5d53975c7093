package dev.errand.lint;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.lint.LintHarness.Finding;
import dev.errand.lint.LintHarness.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Measures the lint on corpora of realistic jobs and job-adjacent services: each file under {@code
 * <corpus>/bad} names on its first line the rule that must flag it ({@code // corpus: bad ERR003},
 * or {@code // INTENDED: ERR003 - ...}); each file under {@code <corpus>/good} must produce no
 * finding at all. Prints recall, false-alarm rate and precision, and holds each corpus to the
 * targets (recall at least 95 %, false alarms at most 2 %).
 *
 * <p>{@code corpus} was written with the lint; {@code corpus2} is an independent reviewer's
 * held-out corpus, kept as a regression suite once its misses and false alarms were fixed.
 */
class CorpusTest {

    private static final Pattern RULE_ID = Pattern.compile("ERR\\d{3}");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"corpus", "corpus2"})
    void corpus_meetsRecallAndFalseAlarmTargets(String corpus) {
        List<String> misses = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        List<Path> bad = LintHarness.javaFiles(corpus + "/bad");
        List<Path> good = LintHarness.javaFiles(corpus + "/good");
        int caught = 0;
        int flaggedBad = 0;

        for (Path file : bad) {
            String expected = expectedRule(file);
            Result result = compileCleanly(file);
            if (result.findings().stream().anyMatch(f -> f.rule().equals(expected))) {
                caught++;
            } else {
                misses.add(file.getFileName() + " expected " + expected + ", got " + rules(result));
            }
            flaggedBad += result.findings().isEmpty() ? 0 : 1;
        }
        for (Path file : good) {
            Result result = compileCleanly(file);
            if (!result.findings().isEmpty()) {
                falseAlarms.add(file.getFileName() + ": " + result.findings());
            }
        }

        double recall = (double) caught / bad.size();
        double falseAlarmRate = (double) falseAlarms.size() / good.size();
        double precision = (double) caught / (flaggedBad + falseAlarms.size());
        System.out.printf(
                Locale.ROOT,
                "errand-lint %s: %d bad, %d good;"
                        + " recall %.1f %% (%d/%d),"
                        + " false alarms %.1f %% (%d/%d), precision %.1f %%%n",
                corpus,
                bad.size(),
                good.size(),
                100 * recall,
                caught,
                bad.size(),
                100 * falseAlarmRate,
                falseAlarms.size(),
                good.size(),
                100 * precision);
        misses.forEach(m -> System.out.println("  missed: " + m));
        falseAlarms.forEach(f -> System.out.println("  false alarm: " + f));
        assertTrue(
                bad.size() >= 30 && good.size() >= 30, "the corpus needs 30+ files on each side");
        assertTrue(recall >= 0.95, () -> "recall " + recall + " below 95 %; missed: " + misses);
        assertTrue(
                falseAlarmRate <= 0.02,
                () -> "false alarms " + falseAlarmRate + " above 2 %: " + falseAlarms);
    }

    private static String expectedRule(Path file) {
        Matcher m = RULE_ID.matcher(LintHarness.readLines(file).get(0));
        assertTrue(m.find(), () -> file.getFileName() + " names no rule on its first line");
        return m.group();
    }

    private static Result compileCleanly(Path file) {
        Result result = LintHarness.compile(List.of(file));
        assertTrue(
                result.compilerErrors().isEmpty(),
                () -> file.getFileName() + " does not compile: " + result.compilerErrors());
        return result;
    }

    private static String rules(Result result) {
        return result.findings().stream()
                .map(Finding::rule)
                .distinct()
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
