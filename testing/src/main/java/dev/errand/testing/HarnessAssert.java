package dev.errand.testing;

import org.assertj.core.api.AbstractAssert;

/**
 * Fluent assertions on a harness:
 *
 * <pre>{@code
 * assertThat(harness).hasEnqueued(job(SendWelcomeEmail.SPEC).withArgs(42L).in(ofMinutes(5)));
 * assertThat(harness).hasEnqueued(job(SendWelcomeEmail.SPEC), exactly(2));
 * assertThat(harness).hasNotEnqueued(job(ChargeCard.SPEC));
 * assertThat(harness).enqueuedBy(() -> service.signUp(user)).hasJob(job(SendWelcomeEmail.SPEC));
 * }</pre>
 *
 * <p>Counts apply to the jobs that match every part of the matcher; a negation ({@link
 * #hasNotEnqueued}, {@link Times#never()}) fails as soon as one job matches.
 */
public final class HarnessAssert extends AbstractAssert<HarnessAssert, ErrandHarness> {

    HarnessAssert(ErrandHarness harness) {
        super(harness, HarnessAssert.class);
    }

    /** The enqueued jobs, scheduled ones included. */
    public JobsAssert enqueued() {
        isNotNull();
        return actual.jobsAssert(actual.enqueuedJobs(), "enqueued");
    }

    public JobsAssert performed() {
        isNotNull();
        return actual.jobsAssert(actual.performedJobs(), "performed");
    }

    public JobsAssert retrySet() {
        isNotNull();
        return actual.jobsAssert(actual.retrySet(), "retried");
    }

    public JobsAssert deadSet() {
        isNotNull();
        return actual.jobsAssert(actual.deadSet(), "dead");
    }

    /** Runs the block and asserts on the jobs it enqueued (jobs enqueued before are ignored). */
    public JobsAssert enqueuedBy(ThrowingRunnable block) {
        isNotNull();
        return actual.jobsAssert(actual.enqueuedBy(block), "enqueued by the block");
    }

    /** Runs the block in a perform block and asserts on the jobs performed during it. */
    public JobsAssert performedBy(ThrowingRunnable block) {
        isNotNull();
        return actual.jobsAssert(
                actual.performedBy(JobFilter.ALL, block), "performed in the block");
    }

    /**
     * At least one enqueued job matches; more may. Unlike rspec's {@code have_enqueued_job}, which
     * means exactly once, add {@link Times#once()} to require exactly one.
     */
    public HarnessAssert hasEnqueued(JobMatcher matcher) {
        enqueued().hasJob(matcher);
        return this;
    }

    public HarnessAssert hasEnqueued(JobMatcher matcher, Times times) {
        enqueued().hasJob(matcher, times);
        return this;
    }

    public HarnessAssert hasNotEnqueued(JobMatcher matcher) {
        enqueued().hasNoJob(matcher);
        return this;
    }

    public HarnessAssert hasEnqueuedCount(int count) {
        enqueued().hasJobCount(count);
        return this;
    }

    public HarnessAssert hasNoEnqueuedJobs() {
        enqueued().isEmpty();
        return this;
    }

    /** At least one performed job matches; add {@link Times#once()} for exactly one. */
    public HarnessAssert hasPerformed(JobMatcher matcher) {
        performed().hasJob(matcher);
        return this;
    }

    public HarnessAssert hasPerformed(JobMatcher matcher, Times times) {
        performed().hasJob(matcher, times);
        return this;
    }

    public HarnessAssert hasNotPerformed(JobMatcher matcher) {
        performed().hasNoJob(matcher);
        return this;
    }

    public HarnessAssert hasPerformedCount(int count) {
        performed().hasJobCount(count);
        return this;
    }

    public HarnessAssert hasNoPerformedJobs() {
        performed().isEmpty();
        return this;
    }

    /** A matching job waits in the retry set. */
    public HarnessAssert hasRetry(JobMatcher matcher) {
        retrySet().hasJob(matcher);
        return this;
    }

    /** A matching job is in the dead set. */
    public HarnessAssert hasDead(JobMatcher matcher) {
        deadSet().hasJob(matcher);
        return this;
    }

    /** No job failed at all, whatever its rules made of the failure. */
    public HarnessAssert hasNoFailures() {
        isNotNull();
        if (!actual.failures().isEmpty()) {
            StringBuilder message =
                    new StringBuilder(
                            "Expected no failed job, but "
                                    + actual.failures().size()
                                    + " failed:\n");
            actual.failures()
                    .forEach(failure -> message.append("    ").append(failure).append('\n'));
            failWithMessage("%s", message.toString());
        }
        return this;
    }
}
