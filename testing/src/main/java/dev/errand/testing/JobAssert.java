package dev.errand.testing;

import dev.errand.Job;
import dev.errand.JobSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one job. Relative times ({@link #isScheduledIn}) count from the clock of the
 * harness that recorded the job. Time checks accept {@link JobMatcher#DEFAULT_TIME_TOLERANCE} (one
 * second, inclusive) unless given a tolerance.
 */
public final class JobAssert extends AbstractAssert<JobAssert, EnqueuedJob> {

    JobAssert(EnqueuedJob job) {
        super(job, JobAssert.class);
    }

    public JobAssert isOf(JobSpec<?> spec) {
        return satisfies(JobMatcher.job(spec));
    }

    public JobAssert isOf(Class<? extends Job> jobClass) {
        return satisfies(JobMatcher.job(jobClass));
    }

    /** Exactly these arguments, compared after the JSON round trip. */
    public JobAssert hasArgs(Object... args) {
        return satisfies(JobMatcher.anyJob().withArgs(args));
    }

    /** Arguments containing these (maps by subset), see {@link JobMatcher#withArgsContaining}. */
    public JobAssert hasArgsContaining(Object... args) {
        return satisfies(JobMatcher.anyJob().withArgsContaining(args));
    }

    public JobAssert hasArgsMatching(String description, Predicate<List<Object>> predicate) {
        return satisfies(JobMatcher.anyJob().withArgsMatching(description, predicate));
    }

    public JobAssert isOnQueue(String queue) {
        return satisfies(JobMatcher.anyJob().onQueue(queue));
    }

    public JobAssert isScheduledAt(Instant at) {
        return satisfies(JobMatcher.anyJob().at(at));
    }

    public JobAssert isScheduledAt(Instant at, Duration tolerance) {
        return satisfies(JobMatcher.anyJob().at(at, tolerance));
    }

    /** Scheduled this long after the harness clock's current time. */
    public JobAssert isScheduledIn(Duration delay) {
        return satisfies(JobMatcher.anyJob().in(delay));
    }

    public JobAssert isScheduledIn(Duration delay, Duration tolerance) {
        return satisfies(JobMatcher.anyJob().in(delay, tolerance));
    }

    /** Not scheduled: it went straight to its queue. */
    public JobAssert isImmediate() {
        return satisfies(JobMatcher.anyJob().immediately());
    }

    /** Every part of the matcher holds. */
    public JobAssert satisfies(JobMatcher matcher) {
        isNotNull();
        Clock clock = actual.clock() == null ? Clock.systemUTC() : actual.clock();
        Instant now = clock.instant();
        if (!matcher.matches(actual, now)) {
            failWithMessage("%s", FailureReport.jobMismatch(actual, matcher, now));
        }
        return this;
    }
}
