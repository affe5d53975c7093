package dev.errand.testing;

import dev.errand.Job;
import dev.errand.JobSpec;
import dev.errand.testing.internal.JsonValues;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What a job should look like: its class, arguments, queue, scheduled time, payload fields and any
 * predicate. Immutable; each method returns a new matcher.
 *
 * <pre>{@code
 * job(SendWelcomeEmail.SPEC).withArgs(42L).onQueue("notifications").in(Duration.ofMinutes(5))
 * }</pre>
 *
 * <h2>Arguments</h2>
 *
 * Expected arguments go through the same JSON round trip as stored ones before they are compared,
 * so {@code 42L} matches a stored {@code 42}, and an expectation that JSON cannot hold (a {@code
 * LocalDate}, an entity) fails with a message saying so instead of never matching.
 *
 * <h2>Time</h2>
 *
 * {@link #at(Instant)} and {@link #in(Duration)} accept a job scheduled within {@link
 * #DEFAULT_TIME_TOLERANCE} (one second, inclusive, as ActiveJob's {@code at:}) of the expected
 * time; pass a tolerance to be stricter ({@code Duration.ZERO} for exact) or looser. {@code in}
 * counts from the harness clock when the assertion runs. A job scheduled at or before the time it
 * was pushed is not scheduled: it went straight to its queue, like with {@link #immediately()}.
 */
public final class JobMatcher {

    /** The default tolerance of {@link #at(Instant)} and {@link #in(Duration)}: one second. */
    public static final Duration DEFAULT_TIME_TOLERANCE = Duration.ofSeconds(1);

    private enum ArgsKind {
        EXACT,
        CONTAINING,
        PREDICATE
    }

    private enum TimeKind {
        ABSOLUTE,
        RELATIVE,
        IMMEDIATE
    }

    private String classDescription;
    private Predicate<EnqueuedJob> classTest;
    private ArgsKind argsKind;
    private List<Object> expectedArgs;
    private String argsDescription;
    private Predicate<List<Object>> argsPredicate;
    private String queue;
    private TimeKind timeKind;
    private Instant expectedAt;
    private Duration expectedIn;
    private Duration tolerance = DEFAULT_TIME_TOLERANCE;
    private Map<String, Object> expectedFields = new LinkedHashMap<>();
    private List<Map.Entry<String, Predicate<EnqueuedJob>>> predicates = new ArrayList<>();

    private JobMatcher() {}

    private JobMatcher copy() {
        JobMatcher copy = new JobMatcher();
        copy.classDescription = classDescription;
        copy.classTest = classTest;
        copy.argsKind = argsKind;
        copy.expectedArgs = expectedArgs;
        copy.argsDescription = argsDescription;
        copy.argsPredicate = argsPredicate;
        copy.queue = queue;
        copy.timeKind = timeKind;
        copy.expectedAt = expectedAt;
        copy.expectedIn = expectedIn;
        copy.tolerance = tolerance;
        copy.expectedFields = new LinkedHashMap<>(expectedFields);
        copy.predicates = new ArrayList<>(predicates);
        return copy;
    }

    /** A job of this spec (same wire class name). */
    public static JobMatcher job(JobSpec<?> spec) {
        Objects.requireNonNull(spec, "job: spec is null");
        JobMatcher matcher = new JobMatcher();
        matcher.classDescription = spec.className();
        matcher.classTest = candidate -> candidate.isOf(spec);
        return matcher;
    }

    /** A job of exactly this class, not a subclass. */
    public static JobMatcher job(Class<? extends Job> jobClass) {
        Objects.requireNonNull(jobClass, "job: class is null");
        JobMatcher matcher = new JobMatcher();
        matcher.classDescription = jobClass.getName();
        matcher.classTest = candidate -> candidate.isOf(jobClass);
        return matcher;
    }

    /** A job with this wire class name, such as a Ruby worker's. */
    public static JobMatcher job(String className) {
        Objects.requireNonNull(className, "job: class name is null");
        JobMatcher matcher = new JobMatcher();
        matcher.classDescription = className;
        matcher.classTest = candidate -> className.equals(candidate.className());
        return matcher;
    }

    /** A job of any class. */
    public static JobMatcher anyJob() {
        return new JobMatcher();
    }

    /** A wildcard for {@link #withArgs} and {@link #withArgsContaining}: any value matches. */
    public static Object any() {
        return JsonValues.ANY;
    }

    /** Exactly these arguments, after the JSON round trip; {@link #any()} matches any value. */
    public JobMatcher withArgs(Object... args) {
        JobMatcher copy = copy();
        copy.argsKind = ArgsKind.EXACT;
        copy.expectedArgs = Arrays.asList(args == null ? new Object[] {null} : args);
        copy.argsDescription = "args " + JsonValues.show(copy.expectedArgs);
        return copy;
    }

    /**
     * Arguments that contain these, position by position: a map matches a map holding at least its
     * entries (recursively), a list matches a list of the same length whose items match, and {@link
     * #any()} matches anything. The number of arguments must be the same.
     */
    public JobMatcher withArgsContaining(Object... args) {
        JobMatcher copy = withArgs(args);
        copy.argsKind = ArgsKind.CONTAINING;
        copy.argsDescription = "args containing " + JsonValues.show(copy.expectedArgs);
        return copy;
    }

    /** Arguments (as stored, after the JSON round trip) that the predicate accepts. */
    public JobMatcher withArgsMatching(String description, Predicate<List<Object>> predicate) {
        JobMatcher copy = copy();
        copy.argsKind = ArgsKind.PREDICATE;
        copy.argsPredicate = Objects.requireNonNull(predicate, "withArgsMatching: predicate");
        copy.argsDescription = "args matching " + description;
        return copy;
    }

    public JobMatcher withArgsMatching(Predicate<List<Object>> predicate) {
        return withArgsMatching("a predicate", predicate);
    }

    public JobMatcher onQueue(String queue) {
        JobMatcher copy = copy();
        copy.queue = Objects.requireNonNull(queue, "onQueue: queue is null");
        return copy;
    }

    /** Scheduled at this time, within {@link #DEFAULT_TIME_TOLERANCE}. */
    public JobMatcher at(Instant at) {
        return at(at, DEFAULT_TIME_TOLERANCE);
    }

    /** Scheduled at this time, within the tolerance (inclusive). */
    public JobMatcher at(Instant at, Duration tolerance) {
        JobMatcher copy = copy();
        copy.timeKind = TimeKind.ABSOLUTE;
        copy.expectedAt = Objects.requireNonNull(at, "at: time is null");
        copy.tolerance = checkedTolerance(tolerance);
        return copy;
    }

    /** Scheduled this long after the harness clock's current time, within the default tolerance. */
    public JobMatcher in(Duration delay) {
        return in(delay, DEFAULT_TIME_TOLERANCE);
    }

    public JobMatcher in(Duration delay, Duration tolerance) {
        JobMatcher copy = copy();
        copy.timeKind = TimeKind.RELATIVE;
        copy.expectedIn = Objects.requireNonNull(delay, "in: delay is null");
        copy.tolerance = checkedTolerance(tolerance);
        return copy;
    }

    /** Not scheduled: pushed straight to its queue. */
    public JobMatcher immediately() {
        JobMatcher copy = copy();
        copy.timeKind = TimeKind.IMMEDIATE;
        return copy;
    }

    /** A payload field with this value after the JSON round trip, such as {@code retry} or tags. */
    public JobMatcher withField(String key, Object value) {
        JobMatcher copy = copy();
        copy.expectedFields.put(Objects.requireNonNull(key, "withField: key is null"), value);
        return copy;
    }

    /** Any other condition; the description appears in failure messages. */
    public JobMatcher where(String description, Predicate<EnqueuedJob> predicate) {
        JobMatcher copy = copy();
        copy.predicates.add(
                Map.entry(
                        description,
                        Objects.requireNonNull(predicate, "where: predicate is null")));
        return copy;
    }

    public boolean matches(EnqueuedJob job, Instant now) {
        return check(job, now).stream().allMatch(FieldCheck::ok);
    }

    /** Whether the expectation names a job class. */
    boolean namesClass() {
        return classTest != null;
    }

    boolean sameClass(EnqueuedJob job) {
        return classTest == null || classTest.test(job);
    }

    /** The field-by-field comparison with one job. */
    List<FieldCheck> check(EnqueuedJob job, Instant now) {
        List<FieldCheck> checks = new ArrayList<>();
        boolean sameClass = classTest == null || classTest.test(job);
        if (classTest != null) {
            checks.add(FieldCheck.of("class", sameClass, classDescription, job.className()));
        }
        if (argsKind == ArgsKind.PREDICATE && !sameClass) {
            checks.add(FieldCheck.of("args", false, argsDescription, "not checked: another class"));
        } else if (argsKind != null) {
            checks.add(checkArgs(job));
        }
        if (queue != null) {
            checks.add(
                    FieldCheck.of(
                            "queue", queue.equals(job.queue()), quote(queue), quote(job.queue())));
        }
        if (timeKind != null) {
            checks.add(checkTime(job, now));
        }
        expectedFields.forEach((key, value) -> checks.add(checkField(job, key, value)));
        predicates.forEach(
                entry -> checks.add(checkPredicate(job, entry.getKey(), entry.getValue())));
        return checks;
    }

    private FieldCheck checkArgs(EnqueuedJob job) {
        List<Object> actual = job.args();
        String found = JsonValues.show(actual);
        if (argsKind == ArgsKind.PREDICATE) {
            try {
                return FieldCheck.of("args", argsPredicate.test(actual), argsDescription, found);
            } catch (RuntimeException e) {
                return FieldCheck.of("args", false, argsDescription, found)
                        .withHint("the argument predicate threw " + e);
            }
        }
        String bad = JsonValues.nonJsonPath(expectedArgs, "args");
        if (bad != null) {
            return FieldCheck.of("args", false, argsDescription, found)
                    .withHint(
                            "expected "
                                    + bad
                                    + " is not JSON-native, so no job can hold it: arguments are"
                                    + " stored as JSON; expect what was pushed (an id, an ISO-8601"
                                    + " string)");
        }
        Object want = JsonValues.normalize(expectedArgs);
        Object have = JsonValues.normalize(actual);
        boolean ok =
                argsKind == ArgsKind.EXACT
                        ? JsonValues.contains(want, have) && !hasWildcardMismatch(want, have)
                        : JsonValues.contains(want, have);
        FieldCheck check = FieldCheck.of("args", ok, argsDescription, found);
        if (!ok && JsonValues.looselyEqual(want, have)) {
            check =
                    check.withHint(
                            "the arguments differ only in JSON type (such as 42 and \"42\", or 1"
                                + " and 1.0): they are compared after the JSON round trip, as the"
                                + " worker will decode them");
        }
        return check;
    }

    /** Exact matching: maps must have the same keys, not only a subset. */
    private static boolean hasWildcardMismatch(Object want, Object have) {
        if (want instanceof Map<?, ?> left && have instanceof Map<?, ?> right) {
            if (!left.keySet().equals(right.keySet())) {
                return true;
            }
            return left.keySet().stream()
                    .anyMatch(key -> hasWildcardMismatch(left.get(key), right.get(key)));
        }
        if (want instanceof List<?> left
                && have instanceof List<?> right
                && left.size() == right.size()) {
            for (int i = 0; i < left.size(); i++) {
                if (hasWildcardMismatch(left.get(i), right.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private FieldCheck checkTime(EnqueuedJob job, Instant now) {
        String found =
                job.scheduledAt().map(Instant::toString).orElse("immediately (not scheduled)");
        if (timeKind == TimeKind.IMMEDIATE) {
            return FieldCheck.of("at", !job.isScheduled(), "immediately (not scheduled)", found);
        }
        Instant want = timeKind == TimeKind.ABSOLUTE ? expectedAt : now.plus(expectedIn);
        String expected =
                want
                        + " ("
                        + (timeKind == TimeKind.RELATIVE
                                ? "now " + now + " + " + expectedIn + ", "
                                : "")
                        + "tolerance "
                        + tolerance
                        + ")";
        if (job.scheduledAt().isEmpty()) {
            return FieldCheck.of("at", false, expected, found)
                    .withHint(
                            "the job was pushed with no time, or with a time at or before the"
                                    + " harness clock's ("
                                    + now
                                    + "), so it went straight to its queue. The harness clock"
                                    + " stands still; if the code under test computes the time from"
                                    + " the system clock (Instant.now(), now "
                                    + Clock.systemUTC().instant()
                                    + "), pass it"
                                    + " harness.clock() instead");
        }
        Instant have = job.scheduledAt().get();
        Duration off = Duration.between(want, have);
        boolean ok = off.abs().compareTo(tolerance) <= 0;
        FieldCheck check =
                FieldCheck.of("at", ok, expected, have + " (" + describeOffset(off) + ")");
        return ok ? check : check.withHint(timeHint(job, now, off));
    }

    private String timeHint(EnqueuedJob job, Instant now, Duration off) {
        Duration systemGap = Duration.between(now, Clock.systemUTC().instant());
        Duration slack = tolerance.plusSeconds(5);
        if (systemGap.abs().compareTo(slack) > 0
                && off.minus(systemGap).abs().compareTo(slack) <= 0) {
            return "the job's time is off by about the gap between the system clock and the"
                    + " harness clock ("
                    + now
                    + "): the code under test probably reads the"
                    + " system clock (Instant.now(), Clock.systemUTC()) instead of the clock it"
                    + " was given; pass it harness.clock()";
        }
        if (systemGap.abs().compareTo(slack) > 0
                && off.plus(systemGap).abs().compareTo(slack) <= 0) {
            return "the expected time is off by about the gap between the system clock and the"
                    + " harness clock ("
                    + now
                    + "), which stands still until the test moves it:"
                    + " compute the expected time from harness.clock(), not Instant.now()";
        }
        Instant created = job.time("created_at").orElse(null);
        if (timeKind == TimeKind.RELATIVE && created != null && created.isBefore(now)) {
            Duration moved = Duration.between(created, now);
            if (off.plus(moved).abs().compareTo(tolerance) <= 0) {
                return "the harness clock moved "
                        + moved
                        + " since the job was pushed (at "
                        + created
                        + "), and in(...) counts from the clock's current time: assert"
                        + " before advancing the clock, or use at(...)";
            }
        }
        return null;
    }

    private static FieldCheck checkPredicate(
            EnqueuedJob job, String description, Predicate<EnqueuedJob> predicate) {
        try {
            return FieldCheck.of("where", predicate.test(job), description, "not satisfied");
        } catch (RuntimeException e) {
            return FieldCheck.of("where", false, description, "the predicate threw " + e);
        }
    }

    private static FieldCheck checkField(EnqueuedJob job, String key, Object value) {
        Object have = job.fields().get(key);
        String bad = JsonValues.nonJsonPath(value, key);
        if (bad != null) {
            return FieldCheck.of(key, false, JsonValues.show(value), JsonValues.show(have))
                    .withHint(
                            "expected "
                                    + bad
                                    + " is not JSON-native, so no payload can hold"
                                    + " it");
        }
        boolean ok =
                job.fields().containsKey(key)
                        && JsonValues.contains(
                                JsonValues.normalize(value), JsonValues.normalize(have));
        return FieldCheck.of(
                key,
                ok,
                JsonValues.show(value),
                job.fields().containsKey(key) ? JsonValues.show(have) : "absent");
    }

    /** One line: what this matcher expects. */
    String describe(Instant now) {
        List<String> parts = new ArrayList<>();
        parts.add(classDescription == null ? "any job" : classDescription);
        if (argsDescription != null) {
            parts.add("with " + argsDescription);
        }
        if (queue != null) {
            parts.add("on queue " + quote(queue));
        }
        if (timeKind == TimeKind.IMMEDIATE) {
            parts.add("not scheduled");
        } else if (timeKind == TimeKind.ABSOLUTE) {
            parts.add("at " + expectedAt + " (tolerance " + tolerance + ")");
        } else if (timeKind == TimeKind.RELATIVE) {
            parts.add(
                    "in "
                            + expectedIn
                            + " = at "
                            + now.plus(expectedIn)
                            + " (tolerance "
                            + tolerance
                            + ")");
        }
        expectedFields.forEach(
                (key, value) -> parts.add("with " + key + "=" + JsonValues.show(value)));
        predicates.forEach(entry -> parts.add("where " + entry.getKey()));
        return String.join(" ", parts);
    }

    @Override
    public String toString() {
        return describe(Instant.EPOCH);
    }

    private static Duration checkedTolerance(Duration tolerance) {
        Objects.requireNonNull(tolerance, "tolerance is null");
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("tolerance must not be negative, got " + tolerance);
        }
        return tolerance;
    }

    private static String describeOffset(Duration off) {
        if (off.isZero()) {
            return "exactly on time";
        }
        return off.abs() + (off.isNegative() ? " earlier" : " later");
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }
}
