package dev.errand;

/** Stub of the core JobSpec and its builder: same method names and parameter types. */
public final class JobSpec<J extends Job> {
    public static <J extends Job> JobSpecBuilder<J> of(Class<J> jobClass) {
        return new JobSpecBuilder<>();
    }

    public static JobSpecBuilder<RawJob> named(String className) {
        return new JobSpecBuilder<>();
    }

    public static final class JobSpecBuilder<J extends Job> {
        public JobSpecBuilder<J> className(String className) {
            return this;
        }

        public JobSpecBuilder<J> queue(String queue) {
            return this;
        }

        public JobSpecBuilder<J> retry(int retries) {
            return this;
        }

        public JobSpecBuilder<J> noRetry() {
            return this;
        }

        public JobSpecBuilder<J> retryIn(Backoff backoff) {
            return this;
        }

        public JobSpecBuilder<J> retryOn(Class<? extends Throwable> error) {
            return this;
        }

        public JobSpecBuilder<J> retryOn(
                Class<? extends Throwable> error, Backoff backoff, int attempts) {
            return this;
        }

        @SafeVarargs
        public final JobSpecBuilder<J> discardOn(Class<? extends Throwable>... errors) {
            return this;
        }

        public JobSpecBuilder<J> dead(boolean dead) {
            return this;
        }

        public JobSpecBuilder<J> backtrace(int lines) {
            return this;
        }

        public JobSpecBuilder<J> backtrace(boolean all) {
            return this;
        }

        public JobSpecBuilder<J> retryQueue(String retryQueue) {
            return this;
        }

        public JobSpecBuilder<J> tags(String... tags) {
            return this;
        }

        public JobSpec<J> build() {
            return new JobSpec<>();
        }
    }
}
