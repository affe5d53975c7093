package dev.errand;

import dev.errand.wire.ArgumentTypes;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything Errand knows about one kind of job: its wire class name, its queue and its rules for
 * retries, discards and deaths. Build one per job class, usually as a {@code SPEC} constant:
 *
 * <pre>{@code
 * public static final JobSpec<SendWelcomeEmail> SPEC = JobSpec.of(SendWelcomeEmail.class)
 *         .queue("notifications")
 *         .retryOn(MailTimeoutException.class, Backoff.polynomial(), 5)
 *         .discardOn(UserDeletedException.class)
 *         .build();
 * }</pre>
 *
 * <p>A spec is immutable and safe to share. The client uses it to write the payload, the worker
 * uses it to decode arguments and to decide what a failure means.
 *
 * @param <J> the job type, whose {@code perform} signature gives the argument types
 */
public final class JobSpec<J extends Job> {

    /** Sidekiq's default number of retries when {@code retry} is {@code true}. */
    public static final int DEFAULT_MAX_RETRIES = 25;

    private final Class<J> jobClass;
    private final String className;
    private final String queue;
    private final Function<List<Object>, String> queueFromArgs;
    private final Object retry;
    private final Backoff retryIn;
    private final List<RetryOnRule> retryOn;
    private final List<Class<? extends Throwable>> discardOn;
    private final boolean dead;
    private final Object backtrace;
    private final String retryQueue;
    private final List<String> tags;
    private final List<DeathHandler> deathHandlers;
    private final List<Type> argumentTypes;

    private JobSpec(JobSpecBuilder<J> builder, List<Type> argumentTypes) {
        this.jobClass = builder.jobClass;
        this.className = builder.className;
        this.queue = builder.queue;
        this.queueFromArgs = builder.queueFromArgs;
        this.retry = builder.retryValue();
        this.retryIn = builder.retryIn;
        this.retryOn = List.copyOf(builder.retryOn);
        this.discardOn = List.copyOf(builder.discardOn);
        this.dead = builder.dead;
        this.backtrace = builder.backtrace;
        this.retryQueue = builder.retryQueue;
        this.tags = List.copyOf(builder.tags);
        this.deathHandlers = List.copyOf(builder.deathHandlers);
        this.argumentTypes = argumentTypes;
    }

    /** Starts a spec for a Java job class; its wire class name defaults to the class's name. */
    public static <J extends Job> JobSpecBuilder<J> of(Class<J> jobClass) {
        return new JobSpecBuilder<>(jobClass);
    }

    /**
     * Starts a spec for a job known only by its wire class name, such as a Ruby worker that has no
     * Java twin. Arguments are then checked at run time only.
     */
    public static JobSpecBuilder<RawJob> named(String className) {
        return new JobSpecBuilder<>(className);
    }

    static <J extends Job> JobSpec<J> create(JobSpecBuilder<J> builder) {
        List<Type> types = builder.jobClass == null ? null : ArgumentTypes.of(builder.jobClass);
        return new JobSpec<>(builder, types);
    }

    /** The Java class, or empty for a spec made with {@link #named}. */
    public Optional<Class<J>> jobClass() {
        return Optional.ofNullable(jobClass);
    }

    /** The {@code class} field of the payload. */
    public String className() {
        return className;
    }

    /** The queue every job of this kind goes to, unless it is chosen from the arguments. */
    public Optional<String> fixedQueue() {
        return queueFromArgs == null ? Optional.of(queue) : Optional.empty();
    }

    /** The queue for a job with these arguments. */
    public String queueFor(List<?> args) {
        if (queueFromArgs == null) {
            return queue;
        }
        List<Object> view = java.util.Collections.unmodifiableList(new ArrayList<Object>(args));
        String chosen = queueFromArgs.apply(view);
        if (chosen == null || chosen.isBlank()) {
            throw new IllegalStateException(
                    "queue function of "
                            + className
                            + " returned "
                            + (chosen == null ? "null" : "a blank name")
                            + " for arguments "
                            + args
                            + "; return a queue name such as \"default\"");
        }
        return chosen;
    }

    /** The {@code retry} field: {@code true}, {@code false} or the number of retries. */
    public Object retry() {
        return retry;
    }

    /** The maximum number of Sidekiq-style retries after the first run (0 when turned off). */
    public int maxRetries() {
        if (retry instanceof Integer count) {
            return count;
        }
        return Boolean.TRUE.equals(retry) ? DEFAULT_MAX_RETRIES : 0;
    }

    /** The delay for Sidekiq-style retries, if one was set; otherwise Sidekiq's formula. */
    public Optional<Backoff> retryIn() {
        return Optional.ofNullable(retryIn);
    }

    public List<RetryOnRule> retryOn() {
        return retryOn;
    }

    public List<Class<? extends Throwable>> discardOn() {
        return discardOn;
    }

    /** Whether a job that runs out of retries goes to the dead set. */
    public boolean dead() {
        return dead;
    }

    /** The {@code backtrace} field: {@code true}, a number of lines, or null when off. */
    public Object backtrace() {
        return backtrace;
    }

    public Optional<String> retryQueue() {
        return Optional.ofNullable(retryQueue);
    }

    public List<String> tags() {
        return tags;
    }

    public List<DeathHandler> deathHandlers() {
        return deathHandlers;
    }

    /**
     * The declared argument types of {@code perform}, or empty when the job takes its arguments raw
     * (a {@link RawJob} or a spec made with {@link #named}).
     */
    public Optional<List<Type>> argumentTypes() {
        return Optional.ofNullable(argumentTypes);
    }

    @Override
    public String toString() {
        return "JobSpec["
                + className
                + ", queue="
                + (queueFromArgs == null ? queue : "(function)")
                + ", retry="
                + retry
                + "]";
    }

    /**
     * The fluent builder of a {@link JobSpec}. Each option is checked when it is set; options that
     * contradict each other are reported by {@link #build()}.
     */
    public static final class JobSpecBuilder<J extends Job> {
        private final Class<J> jobClass;
        private String className;
        private String queue = "default";
        private Function<List<Object>, String> queueFromArgs;
        private Integer retryCount;
        private boolean noRetry;
        private Backoff retryIn;
        private final List<RetryOnRule> retryOn = new ArrayList<>();
        private final List<Class<? extends Throwable>> discardOn = new ArrayList<>();
        private boolean dead = true;
        private Object backtrace;
        private String retryQueue;
        private final List<String> tags = new ArrayList<>();
        private final List<DeathHandler> deathHandlers = new ArrayList<>();

        private JobSpecBuilder(Class<J> jobClass) {
            this.jobClass = Objects.requireNonNull(jobClass, "JobSpec.of: job class is null");
            this.className = jobClass.getName();
        }

        private JobSpecBuilder(String className) {
            this.jobClass = null;
            this.className = requireName("JobSpec.named", className);
        }

        /**
         * The {@code class} name written in the payload. Defaults to the Java class name; set it to
         * the Ruby class name when Ruby pushes or runs this job.
         */
        public JobSpecBuilder<J> className(String className) {
            this.className = requireName("className", className);
            return this;
        }

        /** The queue every job of this kind goes to. Default: {@code "default"}. */
        public JobSpecBuilder<J> queue(String queue) {
            this.queue = requireName("queue", queue);
            this.queueFromArgs = null;
            return this;
        }

        /**
         * Chooses the queue from the arguments at enqueue time, like ActiveJob's queue_as block.
         */
        public JobSpecBuilder<J> queue(Function<List<Object>, String> queueFromArgs) {
            this.queueFromArgs = Objects.requireNonNull(queueFromArgs, "queue: function is null");
            return this;
        }

        /**
         * Sidekiq's {@code retry: n}: retry up to {@code n} times after the first run, then die.
         * {@code retry(0)} sends the job to the dead set on its first failure.
         */
        public JobSpecBuilder<J> retry(int retries) {
            if (retries < 0) {
                throw new IllegalArgumentException(
                        "retry: must be 0 or more, got "
                                + retries
                                + "; use noRetry() to turn retries off");
            }
            this.retryCount = retries;
            return this;
        }

        /** Sidekiq's {@code retry: false}: a failure is final, and the job skips the dead set. */
        public JobSpecBuilder<J> noRetry() {
            this.noRetry = true;
            return this;
        }

        /**
         * Sidekiq's {@code sidekiq_retry_in}: the delay before each Sidekiq-style retry, as a
         * function of the number of failures. Default: {@link Backoff#sidekiq()}.
         */
        public JobSpecBuilder<J> retryIn(Backoff backoff) {
            this.retryIn = Objects.requireNonNull(backoff, "retryIn: backoff is null");
            return this;
        }

        /** ActiveJob's {@code retry_on} with its defaults: 3 seconds apart, 5 attempts. */
        public JobSpecBuilder<J> retryOn(Class<? extends Throwable> error) {
            return retryOn(error, Backoff.fixed(java.time.Duration.ofSeconds(3)), 5);
        }

        /**
         * ActiveJob's {@code retry_on}: on {@code error} (or a subclass), retry after {@code
         * backoff} until the job has run {@code attempts} times under this rule, the first run
         * included; then the job dies. Each rule keeps its own counter.
         */
        public JobSpecBuilder<J> retryOn(
                Class<? extends Throwable> error, Backoff backoff, int attempts) {
            Objects.requireNonNull(error, "retryOn: exception class is null");
            Objects.requireNonNull(
                    backoff, "retryOn(" + error.getSimpleName() + "): backoff is null");
            if (attempts < 1) {
                throw new IllegalArgumentException(
                        "retryOn("
                                + error.getSimpleName()
                                + "): attempts must be 1 or more (the first run counts), got "
                                + attempts);
            }
            retryOn.add(new RetryOnRule(List.of(error), backoff, attempts));
            return this;
        }

        /** ActiveJob's {@code discard_on}: on these errors the job is dropped, never retried. */
        @SafeVarargs
        public final JobSpecBuilder<J> discardOn(Class<? extends Throwable>... errors) {
            if (errors.length == 0) {
                throw new IllegalArgumentException("discardOn: name at least one exception class");
            }
            for (Class<? extends Throwable> error : errors) {
                discardOn.add(Objects.requireNonNull(error, "discardOn: exception class is null"));
            }
            return this;
        }

        /** Whether a job out of retries goes to the dead set (default) or is dropped. */
        public JobSpecBuilder<J> dead(boolean dead) {
            this.dead = dead;
            return this;
        }

        /** Keep this many lines of the error's backtrace in the payload (0 turns it off). */
        public JobSpecBuilder<J> backtrace(int lines) {
            if (lines < 0) {
                throw new IllegalArgumentException(
                        "backtrace: lines must be 0 or more, got " + lines);
            }
            this.backtrace = lines == 0 ? null : lines;
            return this;
        }

        /** Keep the whole backtrace ({@code true}) or none ({@code false}). */
        public JobSpecBuilder<J> backtrace(boolean all) {
            this.backtrace = all ? Boolean.TRUE : null;
            return this;
        }

        /** Retries run on this queue instead of the job's own. */
        public JobSpecBuilder<J> retryQueue(String retryQueue) {
            this.retryQueue = requireName("retryQueue", retryQueue);
            return this;
        }

        /** Labels shown in the Sidekiq Web UI. */
        public JobSpecBuilder<J> tags(String... tags) {
            for (String tag : tags) {
                this.tags.add(requireName("tags", tag));
            }
            return this;
        }

        /** Runs when a job of this kind dies (out of retries, or failed with no retry). */
        public JobSpecBuilder<J> onDeath(DeathHandler handler) {
            deathHandlers.add(Objects.requireNonNull(handler, "onDeath: handler is null"));
            return this;
        }

        /** Checks the options together and returns the immutable spec. */
        public JobSpec<J> build() {
            if (noRetry && retryCount != null) {
                throw new IllegalStateException(
                        "retry("
                                + retryCount
                                + ") and noRetry() are both"
                                + " set on "
                                + className
                                + "; keep one");
            }
            if (noRetry && retryIn != null) {
                throw new IllegalStateException(
                        "retryIn(...) has no effect with noRetry() on "
                                + className
                                + "; remove one of them");
            }
            if (retryQueue != null && noRetry && retryOn.isEmpty()) {
                throw new IllegalStateException(
                        "retryQueue(\""
                                + retryQueue
                                + "\") has no effect"
                                + " with noRetry() on "
                                + className
                                + "; remove one of them");
            }
            checkRuleOrder();
            return JobSpec.create(this);
        }

        private void checkRuleOrder() {
            List<Class<? extends Throwable>> seen = new ArrayList<>();
            List<String> seenAs = new ArrayList<>();
            for (Class<? extends Throwable> error : discardOn) {
                checkNotHidden(error, "discardOn", seen, seenAs);
                seen.add(error);
                seenAs.add("discardOn");
            }
            for (RetryOnRule rule : retryOn) {
                for (Class<? extends Throwable> error : rule.errors()) {
                    checkNotHidden(error, "retryOn", seen, seenAs);
                    seen.add(error);
                    seenAs.add("retryOn");
                }
            }
        }

        private void checkNotHidden(
                Class<? extends Throwable> error,
                String option,
                List<Class<? extends Throwable>> earlier,
                List<String> earlierOptions) {
            for (int i = 0; i < earlier.size(); i++) {
                if (earlier.get(i) == error) {
                    throw new IllegalStateException(
                            option
                                    + "("
                                    + error.getSimpleName()
                                    + ") on "
                                    + className
                                    + " repeats "
                                    + earlierOptions.get(i)
                                    + "("
                                    + error.getSimpleName()
                                    + "); an exception can have one rule: remove"
                                    + " one of them");
                }
                if (earlier.get(i).isAssignableFrom(error)) {
                    throw new IllegalStateException(
                            option
                                    + "("
                                    + error.getSimpleName()
                                    + ") on "
                                    + className
                                    + " is hidden by "
                                    + earlierOptions.get(i)
                                    + "("
                                    + earlier.get(i).getSimpleName()
                                    + "), which matches it first; rules are checked discardOn"
                                    + " first, then retryOn, each in the order declared: declare"
                                    + " the more specific exception first");
                }
            }
        }

        private Object retryValue() {
            if (noRetry) {
                return Boolean.FALSE;
            }
            return retryCount == null ? Boolean.TRUE : retryCount;
        }

        private static String requireName(String option, String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(
                        option
                                + ": must be a non-blank name, got "
                                + (value == null ? "null" : "\"" + value + "\""));
            }
            return value;
        }
    }
}
