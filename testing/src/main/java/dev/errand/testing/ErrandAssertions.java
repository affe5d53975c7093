package dev.errand.testing;

/**
 * Entry points of Errand's AssertJ assertions; import statically next to AssertJ's own.
 *
 * <pre>{@code
 * import static dev.errand.testing.ErrandAssertions.assertThat;
 * import static dev.errand.testing.JobMatcher.job;
 * }</pre>
 */
public final class ErrandAssertions {

    private ErrandAssertions() {}

    public static HarnessAssert assertThat(ErrandHarness harness) {
        return new HarnessAssert(harness);
    }

    public static JobAssert assertThat(EnqueuedJob job) {
        return new JobAssert(job);
    }
}
