package dev.errand.testing;

import dev.errand.Job;
import dev.errand.JobSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which jobs a count, a flush or a perform block applies to: ActiveJob's {@code only}, {@code
 * except}, {@code queue} and {@code at} options, plus a predicate. Combine with {@link #and}:
 * {@code JobFilter.only(SendEmail.SPEC).and(JobFilter.queue("mail"))}.
 *
 * <p>Class filters match the exact class (by the wire class name of a spec, or the Java class),
 * never subclasses, as in ActiveJob. {@code only} and {@code except} cannot be combined. {@code
 * at(time)} keeps jobs that are not scheduled and jobs scheduled at or before that time; it moves
 * no clock.
 */
public final class JobFilter {

    /** Every job. */
    public static final JobFilter ALL = new JobFilter(null, null, null, null, null, List.of());

    private final Predicate<EnqueuedJob> only;
    private final Predicate<EnqueuedJob> except;
    private final String queue;
    private final Instant dueBy;
    private final Predicate<EnqueuedJob> predicate;
    private final List<String> parts;

    private JobFilter(
            Predicate<EnqueuedJob> only,
            Predicate<EnqueuedJob> except,
            String queue,
            Instant dueBy,
            Predicate<EnqueuedJob> predicate,
            List<String> parts) {
        this.only = only;
        this.except = except;
        this.queue = queue;
        this.dueBy = dueBy;
        this.predicate = predicate;
        this.parts = List.copyOf(parts);
    }

    /** Only jobs of these specs. */
    public static JobFilter only(JobSpec<?>... specs) {
        return new JobFilter(
                ofSpecs("only", specs),
                null,
                null,
                null,
                null,
                List.of("only " + specNames(specs)));
    }

    /** Only jobs of exactly these classes. */
    @SafeVarargs
    public static JobFilter only(Class<? extends Job>... classes) {
        return new JobFilter(
                ofClasses("only", classes),
                null,
                null,
                null,
                null,
                List.of("only " + classNames(classes)));
    }

    /** Every job except those of these specs. */
    public static JobFilter except(JobSpec<?>... specs) {
        return new JobFilter(
                null,
                ofSpecs("except", specs),
                null,
                null,
                null,
                List.of("except " + specNames(specs)));
    }

    /** Every job except those of exactly these classes. */
    @SafeVarargs
    public static JobFilter except(Class<? extends Job>... classes) {
        return new JobFilter(
                null,
                ofClasses("except", classes),
                null,
                null,
                null,
                List.of("except " + classNames(classes)));
    }

    /** Only jobs on this queue. */
    public static JobFilter queue(String queue) {
        if (queue == null || queue.isBlank()) {
            throw new IllegalArgumentException(
                    "queue: must be a non-blank name, got "
                            + (queue == null ? "null" : "\"" + queue + "\""));
        }
        return new JobFilter(null, null, queue, null, null, List.of("queue \"" + queue + "\""));
    }

    /** Jobs not scheduled, or scheduled at or before {@code dueBy}: ActiveJob's {@code at:}. */
    public static JobFilter at(Instant dueBy) {
        Objects.requireNonNull(dueBy, "at: time is null");
        return new JobFilter(null, null, null, dueBy, null, List.of("due by " + dueBy));
    }

    /** Jobs the predicate accepts; the description appears in failure messages. */
    public static JobFilter matching(String description, Predicate<EnqueuedJob> predicate) {
        Objects.requireNonNull(predicate, "matching: predicate is null");
        return new JobFilter(null, null, null, null, predicate, List.of("matching " + description));
    }

    public static JobFilter matching(Predicate<EnqueuedJob> predicate) {
        return matching("a predicate", predicate);
    }

    /** Both filters at once. */
    public JobFilter and(JobFilter other) {
        Objects.requireNonNull(other, "and: filter is null");
        if ((only != null || other.only != null) && (except != null || other.except != null)) {
            throw new IllegalArgumentException(
                    "only and except cannot be combined (as in"
                            + " ActiveJob): keep one, got "
                            + this
                            + " and "
                            + other);
        }
        requireOnce("only", only, other.only);
        requireOnce("except", except, other.except);
        requireOnce("queue", queue, other.queue);
        requireOnce("at", dueBy, other.dueBy);
        Predicate<EnqueuedJob> both =
                predicate == null
                        ? other.predicate
                        : other.predicate == null ? predicate : predicate.and(other.predicate);
        List<String> allParts = new ArrayList<>(parts);
        allParts.addAll(other.parts);
        return new JobFilter(
                first(only, other.only),
                first(except, other.except),
                first(queue, other.queue),
                first(dueBy, other.dueBy),
                both,
                allParts);
    }

    /** Whether the job passes every part of this filter. */
    public boolean accepts(EnqueuedJob job) {
        if (only != null && !only.test(job)) {
            return false;
        }
        if (except != null && except.test(job)) {
            return false;
        }
        if (queue != null && !queue.equals(job.queue())) {
            return false;
        }
        if (dueBy != null && job.scheduledAt().map(at -> at.isAfter(dueBy)).orElse(false)) {
            return false;
        }
        return predicate == null || predicate.test(job);
    }

    public boolean isAll() {
        return parts.isEmpty();
    }

    @Override
    public String toString() {
        return parts.isEmpty() ? "all jobs" : String.join(", ", parts);
    }

    private static Predicate<EnqueuedJob> ofSpecs(String option, JobSpec<?>... specs) {
        if (specs == null || specs.length == 0) {
            throw new IllegalArgumentException(option + ": name at least one job spec");
        }
        List<JobSpec<?>> list = Arrays.asList(specs);
        return job -> list.stream().anyMatch(job::isOf);
    }

    @SafeVarargs
    private static Predicate<EnqueuedJob> ofClasses(
            String option, Class<? extends Job>... classes) {
        if (classes == null || classes.length == 0) {
            throw new IllegalArgumentException(option + ": name at least one job class");
        }
        List<Class<? extends Job>> list = Arrays.asList(classes);
        return job -> list.stream().anyMatch(job::isOf);
    }

    private static String specNames(JobSpec<?>... specs) {
        return Arrays.stream(specs)
                .map(JobSpec::className)
                .collect(Collectors.joining(", ", "[", "]"));
    }

    @SafeVarargs
    private static String classNames(Class<? extends Job>... classes) {
        return Arrays.stream(classes)
                .map(Class::getName)
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static void requireOnce(String option, Object mine, Object theirs) {
        if (mine != null && theirs != null) {
            throw new IllegalArgumentException(option + " is set in both filters; set it once");
        }
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }
}
