package dev.errand.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;

/**
 * Assertions on a list of jobs: the enqueued, performed, retried or dead jobs of a harness, or
 * those a block enqueued or performed. Every failure of the job assertions lists the jobs the list
 * holds, grouped by class, and for a missing job shows how the nearest candidate differs, field by
 * field. AssertJ's list assertions ({@code hasSize}, {@code extracting}, {@code filteredOn}, ...)
 * work too; {@code hasSize} and {@code isEmpty} report with the job listing.
 */
public final class JobsAssert
        extends AbstractListAssert<
                JobsAssert, List<? extends EnqueuedJob>, EnqueuedJob, ObjectAssert<EnqueuedJob>> {
    private final List<EnqueuedJob> jobs;
    private final String listName;
    private final ErrandHarness harness;

    JobsAssert(List<? extends EnqueuedJob> jobs, String listName, ErrandHarness harness) {
        super(List.copyOf(jobs), JobsAssert.class);
        this.jobs = List.copyOf(actual);
        this.listName = listName;
        this.harness = harness;
    }

    /** At least one job matches; more may. Add {@link Times#once()} for exactly one. */
    public JobsAssert hasJob(JobMatcher matcher) {
        firstMatch(matcher);
        return this;
    }

    /** The number of matching jobs (matching every part of the matcher) is as expected. */
    public JobsAssert hasJob(JobMatcher matcher, Times times) {
        List<EnqueuedJob> matched = matching(matcher);
        if (!times.allows(matched.size())) {
            String message =
                    matched.isEmpty()
                            ? FailureReport.noMatch(listName, matcher, jobs, now(), others())
                            : FailureReport.count(
                                    listName,
                                    times
                                            + " "
                                            + listName
                                            + " job(s) matching "
                                            + matcher.describe(now()),
                                    matched,
                                    jobs);
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
            failWithMessage(
                    "%s", FailureReport.unexpected(listName, matcher, matched, jobs, now()));
        }
        return this;
    }

    /** Exactly this many jobs. */
    public JobsAssert hasJobCount(int count) {
        return hasJobCount(count, JobFilter.ALL);
    }

    /** Exactly this many jobs pass the filter. */
    public JobsAssert hasJobCount(int count, JobFilter filter) {
        isNotNull();
        List<EnqueuedJob> matched = jobs.stream().filter(filter::accepts).toList();
        if (matched.size() != count) {
            String expectation =
                    count
                            + (count == 1 ? " job" : " jobs")
                            + (filter.isAll() ? "" : " (" + filter + ")")
                            + " "
                            + listName;
            failWithMessage("%s", FailureReport.count(listName, expectation, matched, jobs));
        }
        return this;
    }

    /** Exactly this many jobs; the same as {@link #hasJobCount(int)}. */
    @Override
    public JobsAssert hasSize(int expected) {
        return hasJobCount(expected);
    }

    /** No job at all; a failure lists the jobs there are. */
    @Override
    public void isEmpty() {
        hasJobCount(0);
    }

    /** The first matching job, for assertions on it. */
    public JobAssert firstJob(JobMatcher matcher) {
        return new JobAssert(firstMatch(matcher));
    }

    EnqueuedJob firstMatch(JobMatcher matcher) {
        isNotNull();
        for (EnqueuedJob job : jobs) {
            if (matcher.matches(job, now())) {
                return job;
            }
        }
        failWithMessage("%s", FailureReport.noMatch(listName, matcher, jobs, now(), others()));
        throw new AssertionError("unreachable");
    }

    private List<EnqueuedJob> matching(JobMatcher matcher) {
        isNotNull();
        Instant now = now();
        return jobs.stream().filter(job -> matcher.matches(job, now)).toList();
    }

    private Instant now() {
        return harness == null ? Instant.now() : harness.clock().instant();
    }

    private Map<String, List<EnqueuedJob>> others() {
        return harness == null ? Map.of() : harness.otherLists(listName);
    }

    @Override
    protected ObjectAssert<EnqueuedJob> toAssert(EnqueuedJob value, String description) {
        return new ObjectAssert<>(value).as(description);
    }

    @Override
    protected JobsAssert newAbstractIterableAssert(Iterable<? extends EnqueuedJob> iterable) {
        List<EnqueuedJob> copy = new ArrayList<>();
        iterable.forEach(copy::add);
        return new JobsAssert(copy, listName, harness);
    }
}
