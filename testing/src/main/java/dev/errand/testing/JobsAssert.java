package dev.errand.testing;

import java.time.Instant;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a list of jobs: the enqueued, performed, retried or dead jobs of a harness, or
 * those a block enqueued or performed. Every failure lists the jobs the list holds, grouped by
 * class, and for a missing job shows how the nearest candidate differs, field by field.
 */
public final class JobsAssert extends AbstractAssert<JobsAssert, List<EnqueuedJob>> {
    private final String listName;
    private final ErrandHarness harness;

    JobsAssert(List<EnqueuedJob> jobs, String listName, ErrandHarness harness) {
        super(List.copyOf(jobs), JobsAssert.class);
        this.listName = listName;
        this.harness = harness;
    }

    /** At least one job matches. */
    public JobsAssert hasJob(JobMatcher matcher) {
        firstMatch(matcher);
        return this;
    }

    /** The number of matching jobs (matching every part of the matcher) is as expected. */
    public JobsAssert hasJob(JobMatcher matcher, Times times) {
        List<EnqueuedJob> matched = matching(matcher);
        if (!times.allows(matched.size())) {
            String message = matched.isEmpty()
                    ? FailureReport.noMatch(listName, matcher, actual, now(), others())
                    : FailureReport.count(listName, times + " " + listName + " job(s) matching "
                            + matcher.describe(now()), matched, actual);
            if (matched.isEmpty()) {
                message = "Expected " + times + " matching job(s), found none.\n" + message;
            }
            failWithMessage("%s", message);
        }
        return this;
    }

    /** No job matches: fails when one or more do (two matching jobs fail it too). */
    public JobsAssert hasNoJob(JobMatcher matcher) {
        List<EnqueuedJob> matched = matching(matcher);
        if (!matched.isEmpty()) {
            failWithMessage("%s", FailureReport.unexpected(listName, matcher, matched, actual,
                    now()));
        }
        return this;
    }

    /** Exactly this many jobs. */
    public JobsAssert hasJobCount(int count) {
        return hasJobCount(count, JobFilter.ALL);
    }

    /** Exactly this many jobs pass the filter. */
    public JobsAssert hasJobCount(int count, JobFilter filter) {
        List<EnqueuedJob> matched = actual.stream().filter(filter::accepts).toList();
        if (matched.size() != count) {
            String expectation = count + (count == 1 ? " job" : " jobs")
                    + (filter.isAll() ? "" : " (" + filter + ")") + " " + listName;
            failWithMessage("%s", FailureReport.count(listName, expectation, matched, actual));
        }
        return this;
    }

    /** No job at all. */
    public JobsAssert isEmpty() {
        return hasJobCount(0);
    }

    /** The first matching job, for assertions on it. */
    public JobAssert firstJob(JobMatcher matcher) {
        return new JobAssert(firstMatch(matcher));
    }

    EnqueuedJob firstMatch(JobMatcher matcher) {
        isNotNull();
        for (EnqueuedJob job : actual) {
            if (matcher.matches(job, now())) {
                return job;
            }
        }
        failWithMessage("%s", FailureReport.noMatch(listName, matcher, actual, now(), others()));
        throw new AssertionError("unreachable");
    }

    private List<EnqueuedJob> matching(JobMatcher matcher) {
        isNotNull();
        Instant now = now();
        return actual.stream().filter(job -> matcher.matches(job, now)).toList();
    }

    private Instant now() {
        return harness == null ? Instant.now() : harness.clock().instant();
    }

    private java.util.Map<String, List<EnqueuedJob>> others() {
        return harness == null ? java.util.Map.of() : harness.otherLists(listName);
    }
}
