package dev.errand.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the failure messages of every assertion: what was expected, what the list holds (grouped
 * by class, with queue, time and arguments as JSON), the nearest candidate field by field, and
 * hints when the likely cause is the clock, the JSON round trip or the queue.
 */
final class FailureReport {
    private static final int SHOWN_PER_CLASS = 20;

    private FailureReport() {}

    /** No job in {@code candidates} matched. */
    static String noMatch(
            String listName,
            JobMatcher matcher,
            List<EnqueuedJob> candidates,
            Instant now,
            Map<String, List<EnqueuedJob>> elsewhere) {
        StringBuilder out = new StringBuilder();
        out.append("Expected ")
                .append(listName)
                .append(" jobs to include ")
                .append(matcher.describe(now))
                .append(", but none matched.\n");
        if (candidates.isEmpty()) {
            out.append("No job was ").append(listName).append(".\n");
        } else {
            nearest(out, matcher, candidates, now);
        }
        elsewhereHints(out, matcher, now, elsewhere);
        listing(out, listName, candidates);
        return out.toString();
    }

    /** The number of matching jobs is outside what was expected. */
    static String count(
            String listName, String expectation, List<EnqueuedJob> matched, List<EnqueuedJob> all) {
        StringBuilder out = new StringBuilder();
        out.append("Expected ")
                .append(expectation)
                .append(", but ")
                .append(matched.size())
                .append(matched.size() == 1 ? " was " : " were ")
                .append(listName)
                .append(".\n");
        if (!matched.isEmpty() && matched.size() != all.size()) {
            out.append("Matching:\n");
            matched.forEach(job -> out.append("    ").append(job.describe()).append('\n'));
        }
        listing(out, listName, all);
        return out.toString();
    }

    /** Matching jobs exist when none should. */
    static String unexpected(
            String listName,
            JobMatcher matcher,
            List<EnqueuedJob> matched,
            List<EnqueuedJob> all,
            Instant now) {
        StringBuilder out = new StringBuilder();
        out.append("Expected no ")
                .append(listName)
                .append(" job to match ")
                .append(matcher.describe(now))
                .append(", but ")
                .append(matched.size())
                .append(matched.size() == 1 ? " does:\n" : " do:\n");
        matched.forEach(job -> out.append("    ").append(job.describe()).append('\n'));
        listing(out, listName, all);
        return out.toString();
    }

    /** A single job does not match. */
    static String jobMismatch(EnqueuedJob job, JobMatcher matcher, Instant now) {
        StringBuilder out = new StringBuilder();
        out.append("Expected ")
                .append(job.describe())
                .append("\nto be ")
                .append(matcher.describe(now))
                .append(", but it differs:\n");
        diff(out, matcher.check(job, now));
        return out.toString();
    }

    static void listing(StringBuilder out, String listName, List<EnqueuedJob> jobs) {
        if (jobs.isEmpty()) {
            out.append(capitalised(listName)).append(": none.\n");
            return;
        }
        Map<String, List<EnqueuedJob>> byClass = new LinkedHashMap<>();
        jobs.forEach(
                job ->
                        byClass.computeIfAbsent(job.className(), name -> new ArrayList<>())
                                .add(job));
        out.append(capitalised(listName))
                .append(" (")
                .append(jobs.size())
                .append(jobs.size() == 1 ? " job" : " jobs")
                .append("):\n");
        byClass.forEach(
                (className, group) -> {
                    out.append("  ")
                            .append(className)
                            .append(" (")
                            .append(group.size())
                            .append(")\n");
                    group.stream()
                            .limit(SHOWN_PER_CLASS)
                            .forEach(
                                    job ->
                                            out.append("    queue=")
                                                    .append(job.queue())
                                                    .append(" at=")
                                                    .append(
                                                            job.scheduledAt()
                                                                    .map(Instant::toString)
                                                                    .orElse("immediately"))
                                                    .append(" args=")
                                                    .append(
                                                            job.json().isEmpty()
                                                                    ? ""
                                                                    : argsJson(job))
                                                    .append(" jid=")
                                                    .append(job.jid())
                                                    .append('\n'));
                    if (group.size() > SHOWN_PER_CLASS) {
                        out.append("    ... and ")
                                .append(group.size() - SHOWN_PER_CLASS)
                                .append(" more\n");
                    }
                });
    }

    private static String argsJson(EnqueuedJob job) {
        return dev.errand.testing.internal.JsonValues.show(job.args());
    }

    private static void nearest(
            StringBuilder out, JobMatcher matcher, List<EnqueuedJob> candidates, Instant now) {
        EnqueuedJob best = null;
        List<FieldCheck> bestChecks = null;
        int bestScore = -1;
        for (EnqueuedJob job : candidates) {
            List<FieldCheck> checks = matcher.check(job, now);
            int score = 0;
            for (FieldCheck check : checks) {
                if (check.ok()) {
                    score += check.field().equals("class") ? 100 : 1;
                }
            }
            if (score > bestScore) {
                best = job;
                bestChecks = checks;
                bestScore = score;
            }
        }
        if (matcher.namesClass() && !matcher.sameClass(best)) {
            out.append(
                    "No job of that class was found; the nearest candidate is of another"
                            + " class.\n");
        }
        out.append("Nearest candidate: ").append(best.describe()).append('\n');
        diff(out, bestChecks);
        boolean onlyQueueDiffers =
                bestChecks.stream().allMatch(check -> check.ok() || check.field().equals("queue"))
                        && bestChecks.stream().anyMatch(check -> !check.ok());
        if (onlyQueueDiffers) {
            out.append("Hint: a job matches in everything but its queue: it is on queue \"")
                    .append(best.queue())
                    .append(
                            "\". Check the spec's queue, a per-call"
                                    + " queue(...), or a queue chosen from the arguments.\n");
        }
    }

    private static void diff(StringBuilder out, List<FieldCheck> checks) {
        for (FieldCheck check : checks) {
            out.append(check.ok() ? "    [same]    " : "    [differs] ")
                    .append(check.field())
                    .append(": ");
            if (check.ok()) {
                out.append(check.found()).append('\n');
            } else {
                out.append("expected ")
                        .append(check.expected())
                        .append("\n")
                        .append("                  found    ")
                        .append(check.found())
                        .append('\n');
            }
            if (check.hint() != null) {
                out.append("Hint: ").append(check.hint()).append('\n');
            }
        }
    }

    private static void elsewhereHints(
            StringBuilder out,
            JobMatcher matcher,
            Instant now,
            Map<String, List<EnqueuedJob>> elsewhere) {
        elsewhere.forEach(
                (where, jobs) -> {
                    for (EnqueuedJob job : jobs) {
                        if (matcher.matches(job, now)) {
                            out.append("Hint: a matching job is in ")
                                    .append(where)
                                    .append(": ")
                                    .append(job.describe())
                                    .append('\n');
                            return;
                        }
                    }
                });
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
