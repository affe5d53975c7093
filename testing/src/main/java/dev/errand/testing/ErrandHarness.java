package dev.errand.testing;

import dev.errand.DeathHandler;
import dev.errand.Errand;
import dev.errand.ErrorHandler;
import dev.errand.Job;
import dev.errand.JobClient;
import dev.errand.JobRecord;
import dev.errand.JobSpec;
import dev.errand.PushOptions;
import dev.errand.RetryOnRule;
import dev.errand.backend.DeadSetLimits;
import dev.errand.backend.JobSet;
import dev.errand.client.JobPreparer;
import dev.errand.middleware.ClientChain;
import dev.errand.middleware.ClientMiddleware;
import dev.errand.middleware.ServerChain;
import dev.errand.middleware.ServerMiddleware;
import dev.errand.testing.internal.RetrySink;
import dev.errand.testing.internal.Waiting;
import dev.errand.wire.Json;
import dev.errand.wire.Payload;
import dev.errand.wire.Timestamps;
import dev.errand.worker.Invoker;
import dev.errand.worker.Outcome;
import dev.errand.worker.Registry;
import dev.errand.worker.Retrier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * An in-memory {@link JobClient} for tests: give it to the code under test instead of {@link
 * Errand}, then assert on what was enqueued and run it. It mirrors Rails' ActiveJob::TestHelper
 * method for method ({@link #assertEnqueuedJobs}, {@link #performEnqueuedJobs}, ...) and Sidekiq's
 * testing API ({@link #jobs}, {@link #drain}, {@link #performOne}, {@link #clear}).
 *
 * <h2>What it promises</h2>
 *
 * <ul>
 *   <li>Every push goes through core's push steps (payload writer, client middleware, then the
 *       check of the whole job), then a JSON round trip: a value that is not JSON-native fails in
 *       the test, as it would in production, and jobs run with the arguments a worker would decode.
 *   <li>Jobs run through the server middleware registered here (the production chain, unless the
 *       harness was built with {@link Builder#skipServerMiddleware()}), and only registered jobs
 *       run.
 *   <li>A failure follows the job's real rules, applied by core's {@code Retrier}: discards, the
 *       retry set with backoff times on the {@link TestClock}, the dead set, death handlers. On the
 *       test clock, jitter is zero: Sidekiq's backoff is exactly count^4 + 15 s (15 s for the first
 *       retry), so a retry time can be asserted exactly.
 *   <li>Modes ({@link Mode}) and perform blocks are scopes of this instance only, shared by every
 *       thread that uses it (not per thread, as Sidekiq's block modes are); nothing is static, so
 *       tests running in parallel each use their own harness.
 *   <li>A job that enqueues itself stops with an {@link IllegalStateException} instead of running
 *       forever: drains and {@link #runDue()} after {@link Builder#drainLimit} jobs, a perform
 *       block or mode scope after that many jobs run inline in it, and any inline run nested more
 *       than {@value #INLINE_DEPTH_LIMIT} deep (each inline child runs inside its parent, on the
 *       same stack).
 * </ul>
 *
 * <h2>Failures</h2>
 *
 * After the job's rules have run, the error reaches the test (unwrapped, or in a {@link
 * JobFailedException} when checked) unless the job's rules expected it: a {@code discardOn} error,
 * or a {@code retryOn} error while that rule has attempts left. Build with {@link
 * Builder#recordFailures()} to never throw; every failure is listed in {@link #failures()}.
 *
 * <p>A death handler that throws (an {@link AssertionError} included), whether added with {@link
 * #onDeath} or declared on the {@link JobSpec}, fails the call that ran the job, even with {@code
 * recordFailures()}, and its error is listed with the failure; in production the worker logs it and
 * carries on.
 *
 * <p>Thread-safe: application threads may enqueue while the test asserts. Jobs run on the thread
 * that asks for them, never on a thread of the harness.
 */
public final class ErrandHarness implements JobClient {

    /**
     * How deep inline runs may nest on one thread: each job run inline runs its children inside
     * itself, so a job that enqueues itself would otherwise end in a {@link StackOverflowError}.
     */
    public static final int INLINE_DEPTH_LIMIT = 200;

    /** Backoff jitter on the test clock: always zero, so retry times are exact. */
    private static final RandomGenerator NO_JITTER = () -> 0L;

    private final TestClock clock;
    private final Instant startTime;
    private final Mode baseMode;
    private final boolean jsonRoundTrip;
    private final boolean rethrowFailures;
    private final boolean runServerMiddleware;
    private final int drainLimit;
    private final int maxPayloadBytes;

    private final Registry registry = new Registry();
    private final List<ServerMiddleware> serverMiddleware = new CopyOnWriteArrayList<>();
    private final List<ClientMiddleware> clientMiddleware = new CopyOnWriteArrayList<>();
    private final List<ErrorHandler> errorHandlers = new CopyOnWriteArrayList<>();
    private final List<DeathHandler> deathHandlers = new CopyOnWriteArrayList<>();
    private final RetrySink sink;
    private final Retrier retrier;

    private final Object lock = new Object();
    private final List<EnqueuedJob> enqueued = new ArrayList<>();
    private final List<EnqueuedJob> performed = new ArrayList<>();
    private final List<JobFailure> failures = new ArrayList<>();
    private final Deque<Scope> scopes = new ArrayDeque<>();
    private final Scope baseScope;
    private final Map<String, List<Throwable>> deathHandlerErrors = new LinkedHashMap<>();
    private final Set<Throwable> passThrough = Collections.newSetFromMap(new IdentityHashMap<>());
    private final ThreadLocal<int[]> inlineDepth = ThreadLocal.withInitial(() -> new int[1]);
    private volatile JobClient realClient;

    private ErrandHarness(Builder builder) {
        this.clock = builder.clock;
        this.startTime = clock.instant();
        this.baseMode = builder.mode;
        this.baseScope = new Scope(baseMode, JobFilter.ALL, baseMode + " mode");
        this.jsonRoundTrip = builder.jsonRoundTrip;
        this.rethrowFailures = builder.rethrowFailures;
        this.runServerMiddleware = builder.runServerMiddleware;
        this.drainLimit = builder.drainLimit;
        this.maxPayloadBytes = builder.maxPayloadBytes;
        this.realClient = builder.realClient;
        this.sink = new RetrySink(clock);
        this.retrier =
                new Retrier(
                        sink,
                        clock,
                        builder.deadSetLimits,
                        List.of(this::runDeathHandlers),
                        NO_JITTER,
                        (job, handler, failure) -> recordDeathHandlerError(job, failure));
    }

    /** A harness in {@link Mode#RECORD}, its clock at {@link TestClock#DEFAULT_START}. */
    public static ErrandHarness create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------- configuration

    /** Lets the harness run jobs of this spec; {@code factory} makes one instance per run. */
    public <J extends Job> ErrandHarness register(
            JobSpec<J> spec, java.util.function.Supplier<? extends J> factory) {
        registry.register(spec, factory);
        return this;
    }

    /** Adds a server middleware, run around every job in the order added, as the worker does. */
    public ErrandHarness serverMiddleware(ServerMiddleware middleware) {
        serverMiddleware.add(Objects.requireNonNull(middleware, "serverMiddleware: null"));
        return this;
    }

    /** Adds a client middleware, run on every push in the order added. */
    public ErrandHarness clientMiddleware(ClientMiddleware middleware) {
        clientMiddleware.add(Objects.requireNonNull(middleware, "clientMiddleware: null"));
        return this;
    }

    /** Called on every failed execution, before the job's rules decide its fate. */
    public ErrandHarness onError(ErrorHandler handler) {
        errorHandlers.add(Objects.requireNonNull(handler, "onError: null"));
        return this;
    }

    /**
     * Called when any job dies, after the job's own death handlers. If it throws (a failed
     * assertion included), the call that ran the job throws that error, even with {@link
     * Builder#recordFailures()}, and {@link #failures()} lists it with the job's failure.
     */
    public ErrandHarness onDeath(DeathHandler handler) {
        deathHandlers.add(Objects.requireNonNull(handler, "onDeath: null"));
        return this;
    }

    /** The client that {@link Mode#REAL} sends jobs to, such as an {@link Errand} on Redis. */
    public ErrandHarness realClient(JobClient client) {
        this.realClient = Objects.requireNonNull(client, "realClient: null");
        return this;
    }

    @Override
    public TestClock clock() {
        return clock;
    }

    // ---------------------------------------------------------------- modes and scopes

    /** The mode in force now: the innermost open scope's, or the harness's own. */
    public Mode mode() {
        synchronized (lock) {
            return scopes.isEmpty() ? baseMode : scopes.peek().mode;
        }
    }

    /** Switches mode until the returned scope is closed; scopes nest and restore on close. */
    public ModeScope withMode(Mode mode) {
        Objects.requireNonNull(mode, "withMode: mode is null");
        if (mode == Mode.REAL && realClient == null) {
            throw new IllegalStateException(
                    "Mode.REAL needs a real client to send jobs to: call"
                            + " harness.realClient(errand) first");
        }
        return open(new Scope(mode, JobFilter.ALL, "the " + mode + " scope"));
    }

    /** Runs the block in {@link Mode#RECORD}: jobs are recorded, nothing runs. */
    public void record(ThrowingRunnable block) {
        inScope(withMode(Mode.RECORD), block);
    }

    /** Runs the block in {@link Mode#INLINE}: jobs run as they are enqueued. */
    public void inline(ThrowingRunnable block) {
        inScope(withMode(Mode.INLINE), block);
    }

    /** Runs the block in {@link Mode#REAL}: jobs go to the real client. */
    public void real(ThrowingRunnable block) {
        inScope(withMode(Mode.REAL), block);
    }

    // ---------------------------------------------------------------- pushing

    @Override
    public List<String> push(
            JobSpec<?> spec, List<? extends List<?>> argumentLists, PushOptions options) {
        Objects.requireNonNull(spec, "push: spec is null");
        Objects.requireNonNull(argumentLists, "push: argument lists are null");
        PushOptions opts = options == null ? PushOptions.NOW : options;
        Scope scope = currentScope();
        if (scope.mode == Mode.REAL) {
            return realClient.push(spec, argumentLists, opts);
        }
        Instant now = clock.instant();
        boolean scheduled = opts.at() != null && opts.at().isAfter(now);
        ClientChain chain = new ClientChain(clientMiddleware);
        List<String> jids = new ArrayList<>(argumentLists.size());
        List<EnqueuedJob> built = new ArrayList<>(argumentLists.size());
        JobPreparer preparer = new JobPreparer(chain, maxPayloadBytes);
        java.math.BigDecimal nowSeconds = Timestamps.seconds(now);
        for (List<?> args : argumentLists) {
            JobPreparer.PreparedJob prepared =
                    preparer.prepare(spec, args, opts, nowSeconds, scheduled);
            if (prepared == null) {
                jids.add(null);
                continue;
            }
            String json = prepared.json();
            Map<String, Object> stored = jsonRoundTrip ? Json.readObject(json) : prepared.fields();
            jids.add(prepared.jid());
            built.add(
                    new EnqueuedJob(
                            stored, json, scheduled ? micros(opts.at()) : null, spec, clock));
        }
        for (EnqueuedJob job : built) {
            if (scope.mode == Mode.INLINE && scope.filter.accepts(job)) {
                performInline(scope, job);
            } else {
                synchronized (lock) {
                    enqueued.add(job);
                }
            }
        }
        return jids;
    }

    /**
     * Runs a job at once, inside the push that enqueued it. Counts the run against the scope's
     * limit and the nesting against {@link #INLINE_DEPTH_LIMIT}, so a job that enqueues itself
     * stops with a message instead of a {@link StackOverflowError}.
     */
    private void performInline(Scope scope, EnqueuedJob job) {
        int[] depth = inlineDepth.get();
        if (depth[0] >= INLINE_DEPTH_LIMIT) {
            throw runaway(
                    job,
                    "jobs run inline in "
                            + scope.name
                            + " are nested "
                            + INLINE_DEPTH_LIMIT
                            + " deep (each child runs inside its parent)",
                    "A long chain that is really meant should run in RECORD mode with drainAll(),"
                            + " which runs children one after another");
        }
        if (scope != baseScope && scope.runs.incrementAndGet() > drainLimit) {
            throw runaway(
                    job,
                    scope.name + " has run " + drainLimit + " jobs inline",
                    "Raise the limit with ErrandHarness.builder().drainLimit(n) if the work is"
                            + " really that large");
        }
        depth[0]++;
        try {
            perform(job, true);
        } finally {
            depth[0]--;
        }
    }

    private RunawayJobsException runaway(EnqueuedJob job, String found, String advice) {
        return new RunawayJobsException(
                "Stopped: "
                        + found
                        + ", and "
                        + job.className()
                        + " was enqueued again (args "
                        + Json.write(job.args())
                        + "). A job probably"
                        + " enqueues itself (or its parent) every time it runs. "
                        + advice
                        + ".");
    }

    // ---------------------------------------------------------------- inspection

    /** Jobs enqueued and not yet performed, scheduled ones included, in the order pushed. */
    public List<EnqueuedJob> enqueuedJobs() {
        synchronized (lock) {
            return List.copyOf(enqueued);
        }
    }

    /** Jobs performed so far, in the order they were taken (a failed run counts). */
    public List<EnqueuedJob> performedJobs() {
        synchronized (lock) {
            return List.copyOf(performed);
        }
    }

    /** Enqueued jobs scheduled for later than the clock's current time. */
    public List<EnqueuedJob> scheduledJobs() {
        Instant now = clock.instant();
        return enqueuedJobs().stream()
                .filter(job -> job.scheduledAt().map(at -> at.isAfter(now)).orElse(false))
                .toList();
    }

    /** The retry set, earliest first; each job's {@code scheduledAt} is its retry time. */
    public List<EnqueuedJob> retrySet() {
        return sink.retries().stream().map(this::fromRetry).toList();
    }

    /** The dead set, oldest first. */
    public List<EnqueuedJob> deadSet() {
        return sink.entries(JobSet.DEAD, Integer.MAX_VALUE).stream()
                .map(
                        entry ->
                                EnqueuedJob.fromJson(
                                        entry.payload(), null, specOf(entry.payload()), clock))
                .toList();
    }

    /** Every failed execution so far, with what the job's rules made of it. */
    public List<JobFailure> failures() {
        synchronized (lock) {
            return List.copyOf(failures);
        }
    }

    /** Sidekiq's {@code Sidekiq::Job.jobs}: every enqueued job. */
    public List<EnqueuedJob> jobs() {
        return enqueuedJobs();
    }

    /** Sidekiq's {@code MyJob.jobs}: the enqueued jobs of one spec. */
    public List<EnqueuedJob> jobs(JobSpec<?> spec) {
        return enqueuedJobs().stream().filter(job -> job.isOf(spec)).toList();
    }

    /** The enqueued jobs of exactly one class. */
    public List<EnqueuedJob> jobs(Class<? extends Job> jobClass) {
        return enqueuedJobs().stream().filter(job -> job.isOf(jobClass)).toList();
    }

    /** Sidekiq's {@code Sidekiq::Queues["name"]}: the enqueued jobs of one queue. */
    public List<EnqueuedJob> jobsOn(String queue) {
        return enqueuedJobs().stream().filter(job -> job.queue().equals(queue)).toList();
    }

    /** Enqueued jobs grouped by wire class name, classes in the order first seen. */
    public Map<String, List<EnqueuedJob>> jobsByClass() {
        Map<String, List<EnqueuedJob>> groups = new LinkedHashMap<>();
        enqueuedJobs()
                .forEach(
                        job ->
                                groups.computeIfAbsent(job.className(), name -> new ArrayList<>())
                                        .add(job));
        return groups;
    }

    /** Enqueued jobs grouped by queue, queues in the order first seen. */
    public Map<String, List<EnqueuedJob>> jobsByQueue() {
        Map<String, List<EnqueuedJob>> groups = new LinkedHashMap<>();
        enqueuedJobs()
                .forEach(
                        job ->
                                groups.computeIfAbsent(job.queue(), name -> new ArrayList<>())
                                        .add(job));
        return groups;
    }

    // ---------------------------------------------------------------- clearing

    /** Forgets every enqueued, performed, retried, dead and failed job. Modes stay as they are. */
    public void clear() {
        synchronized (lock) {
            enqueued.clear();
            performed.clear();
            failures.clear();
            deathHandlerErrors.clear();
            passThrough.clear();
            sink.clear();
        }
    }

    /**
     * Back to how the harness was built: closes every open scope and perform block (the harness's
     * own mode is in force again), forgets every job as {@link #clear()} does, and sets the clock
     * back to where it started. Registered jobs, middleware and handlers stay.
     */
    public void reset() {
        synchronized (lock) {
            while (!scopes.isEmpty()) {
                scopes.pop().closed = true;
            }
        }
        clear();
        clock.set(startTime);
    }

    /** Sidekiq's {@code MyJob.clear}: drops the enqueued jobs of one spec. */
    public void clear(JobSpec<?> spec) {
        synchronized (lock) {
            enqueued.removeIf(job -> job.isOf(spec));
        }
    }

    /** Sidekiq's {@code Sidekiq::Queues["name"].clear}: drops the enqueued jobs of one queue. */
    public void clearQueue(String queue) {
        synchronized (lock) {
            enqueued.removeIf(job -> job.queue().equals(queue));
        }
    }

    // ---------------------------------------------------------------- ActiveJob: performing

    /**
     * ActiveJob's {@code perform_enqueued_jobs} without a block: performs the jobs enqueued now, in
     * order, each moved from enqueued to performed before it runs. Jobs these jobs enqueue follow
     * the mode in force: outside any block they stay enqueued for a later call, so no job runs
     * twice and nothing the flush enqueued runs in it; inside a perform block they run, as
     * ActiveJob's do. Scheduled jobs run regardless of their time. A failed job goes to the retry
     * set at its backoff time and waits for the clock ({@link #runDue()}), where ActiveJob would
     * enqueue it again.
     *
     * @return how many jobs were performed
     */
    public int performEnqueuedJobs() {
        return performEnqueuedJobs(JobFilter.ALL);
    }

    /** The flush for the jobs the filter accepts; the others stay enqueued. */
    public int performEnqueuedJobs(JobFilter filter) {
        Objects.requireNonNull(filter, "performEnqueuedJobs: filter is null");
        List<EnqueuedJob> snapshot;
        synchronized (lock) {
            snapshot = enqueued.stream().filter(filter::accepts).toList();
        }
        int count = 0;
        for (EnqueuedJob job : snapshot) {
            if (take(job)) {
                perform(job, false);
                count++;
            }
        }
        return count;
    }

    /**
     * ActiveJob's {@code perform_enqueued_jobs} with a block: every job enqueued inside the block
     * runs at once, jobs those jobs enqueue too, and retries run back to back until the job
     * succeeds or its rules give up. Jobs enqueued before the block are left alone; jobs the filter
     * rejects are recorded as enqueued. Nested blocks restore the outer settings.
     */
    public void performEnqueuedJobs(ThrowingRunnable block) {
        performEnqueuedJobs(JobFilter.ALL, block);
    }

    public void performEnqueuedJobs(JobFilter filter, ThrowingRunnable block) {
        Objects.requireNonNull(filter, "performEnqueuedJobs: filter is null");
        Objects.requireNonNull(block, "performEnqueuedJobs: block is null");
        performEnqueuedJobs(
                filter,
                () -> {
                    block.run();
                    return null;
                });
    }

    /** The block form, returning what the block returns. */
    public <T> T performEnqueuedJobs(ThrowingSupplier<T> block) {
        return performEnqueuedJobs(JobFilter.ALL, block);
    }

    /** The block form with a filter, returning what the block returns. */
    public <T> T performEnqueuedJobs(JobFilter filter, ThrowingSupplier<T> block) {
        Objects.requireNonNull(filter, "performEnqueuedJobs: filter is null");
        Objects.requireNonNull(block, "performEnqueuedJobs: block is null");
        ModeScope inline = open(new Scope(Mode.INLINE, filter, "the perform block"));
        try {
            return get(block);
        } finally {
            inline.close();
        }
    }

    // ---------------------------------------------------------------- ActiveJob: assertions

    /** ActiveJob's {@code assert_enqueued_jobs}: exactly this many jobs are enqueued. */
    public void assertEnqueuedJobs(int count) {
        assertEnqueuedJobs(count, JobFilter.ALL);
    }

    /** Exactly this many enqueued jobs pass the filter. */
    public void assertEnqueuedJobs(int count, JobFilter filter) {
        jobsAssert(enqueuedJobs(), "enqueued").hasJobCount(count, filter);
    }

    /** The block enqueues exactly this many jobs (jobs present before it are not counted). */
    public void assertEnqueuedJobs(int count, ThrowingRunnable block) {
        assertEnqueuedJobs(count, JobFilter.ALL, block);
    }

    public void assertEnqueuedJobs(int count, JobFilter filter, ThrowingRunnable block) {
        jobsAssert(enqueuedBy(block), "enqueued by the block").hasJobCount(count, filter);
    }

    /** ActiveJob's {@code assert_no_enqueued_jobs}. */
    public void assertNoEnqueuedJobs() {
        assertEnqueuedJobs(0);
    }

    public void assertNoEnqueuedJobs(JobFilter filter) {
        assertEnqueuedJobs(0, filter);
    }

    public void assertNoEnqueuedJobs(ThrowingRunnable block) {
        assertEnqueuedJobs(0, block);
    }

    public void assertNoEnqueuedJobs(JobFilter filter, ThrowingRunnable block) {
        assertEnqueuedJobs(0, filter, block);
    }

    /**
     * ActiveJob's {@code assert_enqueued_with}: some enqueued job matches.
     *
     * @return the first matching job
     */
    public EnqueuedJob assertEnqueuedWith(JobMatcher matcher) {
        return jobsAssert(enqueuedJobs(), "enqueued").firstMatch(matcher);
    }

    /** Some job enqueued by the block matches; returns the first. */
    public EnqueuedJob assertEnqueuedWith(JobMatcher matcher, ThrowingRunnable block) {
        return jobsAssert(enqueuedBy(block), "enqueued by the block").firstMatch(matcher);
    }

    /** ActiveJob's {@code assert_performed_jobs}: exactly this many jobs were performed. */
    public void assertPerformedJobs(int count) {
        assertPerformedJobs(count, JobFilter.ALL);
    }

    public void assertPerformedJobs(int count, JobFilter filter) {
        jobsAssert(performedJobs(), "performed").hasJobCount(count, filter);
    }

    /**
     * Runs the block inside {@link #performEnqueuedJobs(JobFilter, ThrowingRunnable)} and checks
     * that exactly this many jobs were performed during it.
     */
    public void assertPerformedJobs(int count, ThrowingRunnable block) {
        assertPerformedJobs(count, JobFilter.ALL, block);
    }

    public void assertPerformedJobs(int count, JobFilter filter, ThrowingRunnable block) {
        jobsAssert(performedBy(filter, block), "performed in the block")
                .hasJobCount(count, JobFilter.ALL);
    }

    /** ActiveJob's {@code assert_no_performed_jobs}. */
    public void assertNoPerformedJobs() {
        assertPerformedJobs(0);
    }

    public void assertNoPerformedJobs(JobFilter filter) {
        assertPerformedJobs(0, filter);
    }

    public void assertNoPerformedJobs(ThrowingRunnable block) {
        assertPerformedJobs(0, block);
    }

    public void assertNoPerformedJobs(JobFilter filter, ThrowingRunnable block) {
        assertPerformedJobs(0, filter, block);
    }

    /** ActiveJob's {@code assert_performed_with}: some performed job matches; returns it. */
    public EnqueuedJob assertPerformedWith(JobMatcher matcher) {
        return jobsAssert(performedJobs(), "performed").firstMatch(matcher);
    }

    /** Performs the block's jobs (unfiltered) and checks that one of them matches. */
    public EnqueuedJob assertPerformedWith(JobMatcher matcher, ThrowingRunnable block) {
        return jobsAssert(performedBy(JobFilter.ALL, block), "performed in the block")
                .firstMatch(matcher);
    }

    // ---------------------------------------------------------------- Sidekiq: drain

    /**
     * Sidekiq's {@code MyJob.drain}: runs the spec's jobs, oldest first, until none is left,
     * including those enqueued meanwhile and scheduled ones. Stops with an error after the
     * harness's drain limit (default {@value Builder#DEFAULT_DRAIN_LIMIT}), the sign of a job that
     * keeps enqueueing itself.
     *
     * @return how many jobs ran
     */
    public int drain(JobSpec<?> spec) {
        Objects.requireNonNull(spec, "drain: spec is null");
        return drainWhere("drain(" + spec.className() + ")", job -> job.isOf(spec));
    }

    /** Sidekiq's {@code Sidekiq::Job.drain_all}: runs jobs of every class until none is left. */
    public int drainAll() {
        return drainWhere("drainAll()", job -> true);
    }

    /**
     * Sidekiq's {@code MyJob.perform_one}: runs the spec's oldest enqueued job.
     *
     * @return the job that ran
     * @throws NoSuchElementException when none is enqueued
     */
    public EnqueuedJob performOne(JobSpec<?> spec) {
        Objects.requireNonNull(spec, "performOne: spec is null");
        EnqueuedJob job =
                takeFirst(candidate -> candidate.isOf(spec))
                        .orElseThrow(
                                () ->
                                        new NoSuchElementException(
                                                "performOne: no "
                                                        + spec.className()
                                                        + " job is enqueued. "
                                                        + FailureReport.count(
                                                                "enqueued",
                                                                "one " + spec.className() + " job",
                                                                List.of(),
                                                                enqueuedJobs())));
        try (ModeScope recording = open(new Scope(Mode.RECORD, JobFilter.ALL, "performOne"))) {
            perform(job, false);
        }
        return job;
    }

    // ---------------------------------------------------------------- time

    /** Moves the clock forward; runs nothing. */
    public Instant advance(Duration duration) {
        return clock.advance(duration);
    }

    /**
     * What a worker would do at the clock's current time: moves due retries back to their queues,
     * then runs every due job (not scheduled, or scheduled at or before now), including due jobs
     * enqueued meanwhile, until nothing is due. Failed jobs go to the retry set at their backoff
     * time and wait for the clock.
     *
     * @return how many jobs ran
     */
    public int runDue() {
        int count = 0;
        try (ModeScope recording = open(new Scope(Mode.RECORD, JobFilter.ALL, "runDue()"))) {
            while (true) {
                Instant now = clock.instant();
                moveDueRetries(now);
                Optional<EnqueuedJob> next =
                        takeFirst(
                                job -> job.scheduledAt().map(at -> !at.isAfter(now)).orElse(true));
                if (next.isEmpty()) {
                    return count;
                }
                checkLimit("runDue()", ++count);
                perform(next.get(), false);
            }
        }
    }

    /**
     * Moves the clock forward step by step, stopping at each scheduled or retry time on the way to
     * run what is due then, and ends at {@code now + duration}.
     *
     * @return how many jobs ran
     */
    public int advanceAndRunDue(Duration duration) {
        Objects.requireNonNull(duration, "advanceAndRunDue: duration is null");
        Instant target = clock.instant().plus(duration);
        int count = runDue();
        while (true) {
            Optional<Instant> next = nextDueTime();
            if (next.isEmpty() || next.get().isAfter(target)) {
                break;
            }
            if (next.get().isAfter(clock.instant())) {
                clock.set(next.get());
            }
            count += runDue();
        }
        clock.set(target);
        return count;
    }

    // ---------------------------------------------------------------- awaiting

    /**
     * Waits until a matching job is enqueued, for code that enqueues on other threads; fails after
     * {@code timeout} with the usual listing of what was enqueued.
     */
    public EnqueuedJob awaitEnqueued(JobMatcher matcher, Duration timeout) {
        return await(timeout, () -> assertEnqueuedWith(matcher));
    }

    /** Waits until a matching job has been performed (for INLINE mode used from other threads). */
    public EnqueuedJob awaitPerformed(JobMatcher matcher, Duration timeout) {
        return await(timeout, () -> assertPerformedWith(matcher));
    }

    // ---------------------------------------------------------------- internals

    private static EnqueuedJob await(
            Duration timeout, java.util.function.Supplier<EnqueuedJob> check) {
        return Waiting.until(timeout, Duration.ofMillis(10), check);
    }

    JobsAssert jobsAssert(List<EnqueuedJob> jobs, String listName) {
        return new JobsAssert(jobs, listName, this);
    }

    /** The jobs enqueued during the block that are still enqueued after it. */
    List<EnqueuedJob> enqueuedBy(ThrowingRunnable block) {
        Set<String> before = new HashSet<>();
        enqueuedJobs().forEach(job -> before.add(job.jid()));
        run(block);
        return enqueuedJobs().stream().filter(job -> !before.contains(job.jid())).toList();
    }

    /** The jobs performed while the block ran inside a perform block with this filter. */
    List<EnqueuedJob> performedBy(JobFilter filter, ThrowingRunnable block) {
        int before;
        synchronized (lock) {
            before = performed.size();
        }
        performEnqueuedJobs(filter, block);
        synchronized (lock) {
            return List.copyOf(
                    performed.subList(Math.min(before, performed.size()), performed.size()));
        }
    }

    Map<String, List<EnqueuedJob>> otherLists(String except) {
        Map<String, List<EnqueuedJob>> lists = new LinkedHashMap<>();
        if (!except.startsWith("enqueued")) {
            lists.put("the enqueued jobs", enqueuedJobs());
        }
        if (!except.startsWith("performed")) {
            lists.put("the performed jobs", performedJobs());
        }
        lists.put("the retry set", retrySet());
        lists.put("the dead set", deadSet());
        return lists;
    }

    private int drainWhere(String name, Predicate<EnqueuedJob> which) {
        int count = 0;
        try (ModeScope recording = open(new Scope(Mode.RECORD, JobFilter.ALL, name))) {
            while (true) {
                Optional<EnqueuedJob> next = takeFirst(which);
                if (next.isEmpty()) {
                    return count;
                }
                checkLimit(name, ++count);
                perform(next.get(), false);
            }
        }
    }

    private void checkLimit(String name, int count) {
        if (count > drainLimit) {
            throw new IllegalStateException(
                    name
                            + " stopped after "
                            + drainLimit
                            + " jobs and jobs are still due: a job probably enqueues itself (or its"
                            + " parent) every time it runs. Raise the limit with"
                            + " ErrandHarness.builder().drainLimit(n) if the work is really that"
                            + " large.\n"
                            + FailureReport.count(
                                    "enqueued",
                                    "the queue to empty",
                                    enqueuedJobs(),
                                    enqueuedJobs()));
        }
    }

    private Optional<EnqueuedJob> takeFirst(Predicate<EnqueuedJob> which) {
        synchronized (lock) {
            for (int i = 0; i < enqueued.size(); i++) {
                if (which.test(enqueued.get(i))) {
                    return Optional.of(enqueued.remove(i));
                }
            }
            return Optional.empty();
        }
    }

    private boolean take(EnqueuedJob job) {
        synchronized (lock) {
            for (int i = 0; i < enqueued.size(); i++) {
                if (enqueued.get(i) == job) {
                    enqueued.remove(i);
                    return true;
                }
            }
            return false;
        }
    }

    /** A job that cannot run goes back to the front of the enqueued jobs, untouched. */
    private void putBack(EnqueuedJob job) {
        synchronized (lock) {
            if (!enqueued.contains(job)) {
                enqueued.add(0, job);
            }
        }
    }

    private void moveDueRetries(Instant now) {
        for (RetrySink.Retry retry : sink.takeDue(Timestamps.score(now))) {
            Map<String, Object> fields = Json.readObject(retry.payload());
            fields.put("enqueued_at", Timestamps.seconds(now));
            String json = Json.write(fields);
            synchronized (lock) {
                enqueued.add(new EnqueuedJob(fields, json, null, specOf(json), clock));
            }
        }
    }

    private Optional<Instant> nextDueTime() {
        Optional<Instant> scheduled =
                enqueuedJobs().stream()
                        .flatMap(job -> job.scheduledAt().stream())
                        .min(Instant::compareTo);
        Optional<Instant> retry = sink.earliestScore(JobSet.RETRY).map(Timestamps::fromScore);
        if (scheduled.isEmpty()) {
            return retry;
        }
        if (retry.isEmpty()) {
            return scheduled;
        }
        return Optional.of(scheduled.get().isBefore(retry.get()) ? scheduled.get() : retry.get());
    }

    /**
     * Runs one job as the worker's processor does, then lets the job's rules handle a failure. With
     * {@code retryAtOnce}, a retry runs again straight away (a perform block or INLINE mode);
     * otherwise it waits in the retry set for the clock.
     */
    private void perform(EnqueuedJob first, boolean retryAtOnce) {
        EnqueuedJob job = first;
        while (true) {
            Payload payload = jsonRoundTrip ? Payload.parse(job.json()) : Payload.of(job.fields());
            Registry.Registration<?> registration = registry.find(payload.className()).orElse(null);
            if (registration == null) {
                putBack(job);
                throw notRegistered(payload.className());
            }
            synchronized (lock) {
                performed.add(job);
            }
            JobSpec<?> spec = registration.spec();
            try {
                runThroughMiddleware(payload, registration);
                return;
            } catch (Throwable error) {
                if (isPassThrough(error)) {
                    throw unchecked(error);
                }
                JobFailure failure = handleFailure(job, payload, spec, error);
                if (!failure.deathHandlerErrors().isEmpty()) {
                    throw deathHandlerFailed(failure.deathHandlerErrors());
                }
                Outcome outcome = failure.outcome();
                boolean expectedByRule =
                        outcome == Outcome.DISCARDED
                                || outcome == Outcome.RETRIED && handledByRetryOn(spec, error);
                if (outcome == Outcome.RETRIED
                        && retryAtOnce
                        && (expectedByRule || !rethrowFailures)) {
                    String jid = job.jid();
                    job = sink.takeRetry(jid).map(this::fromRetry).orElseThrow();
                    continue;
                }
                if (rethrowFailures && !expectedByRule) {
                    throw rethrown(job, error);
                }
                return;
            }
        }
    }

    private void runThroughMiddleware(Payload payload, Registry.Registration<?> registration)
            throws Exception {
        JobSpec<?> spec = registration.spec();
        ServerChain chain = new ServerChain(runServerMiddleware ? serverMiddleware : List.of());
        chain.run(
                JobRecord.of(payload),
                payload.queue(),
                () -> {
                    Job instance = registration.factory().get();
                    if (instance == null) {
                        throw new IllegalStateException(
                                "the factory registered for "
                                        + payload.className()
                                        + " returned null");
                    }
                    Invoker.invoke(instance, spec, payload.args());
                });
    }

    private JobFailure handleFailure(
            EnqueuedJob job, Payload payload, JobSpec<?> spec, Throwable error) {
        JobRecord record = JobRecord.of(payload);
        for (ErrorHandler handler : errorHandlers) {
            handler.onError(error, record);
        }
        Outcome outcome = retrier.handle(payload, spec, error, payload.queue());
        synchronized (lock) {
            List<Throwable> handlerErrors = deathHandlerErrors.remove(payload.jid());
            JobFailure failure =
                    new JobFailure(
                            job, error, outcome, handlerErrors == null ? List.of() : handlerErrors);
            failures.add(failure);
            return failure;
        }
    }

    /**
     * The harness's death handlers, run by the retrier after the job's own. Their errors are kept
     * for the run that is handling the failure, which throws them to the test; the retrier would
     * log and drop them.
     */
    private void runDeathHandlers(JobRecord job, Throwable error) {
        for (DeathHandler handler : deathHandlers) {
            try {
                handler.onDeath(job, error);
            } catch (RuntimeException | Error handlerError) {
                recordDeathHandlerError(job, handlerError);
            }
        }
    }

    /** Keeps a death handler's error (the spec's or the harness's) for the run to throw. */
    private void recordDeathHandlerError(JobRecord job, Throwable handlerError) {
        synchronized (lock) {
            deathHandlerErrors
                    .computeIfAbsent(job.jid(), jid -> new ArrayList<>())
                    .add(handlerError);
        }
    }

    /** The first death handler error, the others suppressed on it; it passes outer jobs by. */
    private RuntimeException deathHandlerFailed(List<Throwable> errors) {
        Throwable first = errors.get(0);
        for (Throwable other : errors.subList(1, errors.size())) {
            first.addSuppressed(other);
        }
        synchronized (lock) {
            passThrough.add(first);
        }
        return unchecked(first);
    }

    /**
     * Whether an error must reach the test as it is, even when it crosses a job that runs the inner
     * job inline: a runaway stop or a death handler's error is not that job's failure.
     */
    private boolean isPassThrough(Throwable error) {
        if (error instanceof RunawayJobsException) {
            return true;
        }
        synchronized (lock) {
            return passThrough.contains(error);
        }
    }

    private static RuntimeException unchecked(Throwable error) {
        if (error instanceof Error fatal) {
            throw fatal;
        }
        if (error instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(error);
    }

    private static boolean handledByRetryOn(JobSpec<?> spec, Throwable error) {
        return spec.retryOn().stream().anyMatch((RetryOnRule rule) -> rule.matches(error));
    }

    private static RuntimeException rethrown(EnqueuedJob job, Throwable error) {
        if (error instanceof RuntimeException runtime) {
            return runtime;
        }
        if (error instanceof Error fatal) {
            throw fatal;
        }
        return new JobFailedException(job, error);
    }

    private IllegalStateException notRegistered(String className) {
        return new IllegalStateException(
                "no job is registered for class \""
                        + className
                        + "\" in this harness, so it cannot run; register it with harness.register("
                        + "SPEC, () -> new MyJob(...)). Registered: "
                        + registry.classNames());
    }

    private EnqueuedJob fromRetry(RetrySink.Retry retry) {
        return EnqueuedJob.fromJson(
                retry.payload(),
                Timestamps.fromScore(retry.score()),
                specOf(retry.payload()),
                clock);
    }

    private JobSpec<?> specOf(String json) {
        Object className = Json.readObject(json).get("class");
        return className instanceof String name
                ? registry.find(name).<JobSpec<?>>map(Registry.Registration::spec).orElse(null)
                : null;
    }

    /** Times travel as float seconds with microseconds; keep what a worker would read back. */
    private static Instant micros(Instant at) {
        return Instant.ofEpochSecond(at.getEpochSecond(), at.getNano() / 1_000 * 1_000);
    }

    private Scope currentScope() {
        synchronized (lock) {
            return scopes.isEmpty() ? baseScope : scopes.peek();
        }
    }

    private ModeScope open(Scope scope) {
        synchronized (lock) {
            scopes.push(scope);
        }
        return scope;
    }

    private void inScope(ModeScope scope, ThrowingRunnable block) {
        try (scope) {
            run(block);
        }
    }

    private static void run(ThrowingRunnable block) {
        Objects.requireNonNull(block, "block is null");
        get(
                () -> {
                    block.run();
                    return null;
                });
    }

    private static <T> T get(ThrowingSupplier<T> block) {
        try {
            return block.get();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the block threw " + e, e);
        }
    }

    /** A job kept enqueueing itself; it stops the run and is never a job's failure. */
    private static final class RunawayJobsException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        RunawayJobsException(String message) {
            super(message);
        }
    }

    /** One open mode or perform block, or the harness's own mode when none is open. */
    private final class Scope implements ModeScope {
        private final Mode mode;
        private final JobFilter filter;
        private final String name;
        private final AtomicInteger runs = new AtomicInteger();
        private boolean closed;

        Scope(Mode mode, JobFilter filter, String name) {
            this.mode = mode;
            this.filter = filter;
            this.name = name;
        }

        @Override
        public Mode mode() {
            return mode;
        }

        @Override
        public void close() {
            synchronized (lock) {
                if (closed) {
                    return;
                }
                if (scopes.peek() != this) {
                    throw new IllegalStateException(
                            "closing a "
                                    + mode
                                    + " scope while an inner"
                                    + " scope is still open; close scopes in reverse order (use"
                                    + " try-with-resources)");
                }
                scopes.pop();
                closed = true;
            }
        }
    }

    /** Options fixed when a harness is made. */
    public static final class Builder {
        /** Default of {@link #drainLimit}. */
        public static final int DEFAULT_DRAIN_LIMIT = 1000;

        private TestClock clock;
        private Mode mode = Mode.RECORD;
        private boolean jsonRoundTrip = true;
        private boolean rethrowFailures = true;
        private boolean runServerMiddleware = true;
        private int drainLimit = DEFAULT_DRAIN_LIMIT;
        private int maxPayloadBytes = Errand.DEFAULT_MAX_PAYLOAD_BYTES;
        private DeadSetLimits deadSetLimits = DeadSetLimits.SIDEKIQ_DEFAULTS;
        private JobClient realClient;

        private Builder() {}

        /** The clock to use; default a new {@link TestClock} at {@link TestClock#DEFAULT_START}. */
        public Builder clock(TestClock clock) {
            this.clock = Objects.requireNonNull(clock, "clock: null");
            return this;
        }

        /** Starts a new test clock at this time. */
        public Builder startTime(Instant start) {
            this.clock = new TestClock(start);
            return this;
        }

        /** The mode outside any scope. Default {@link Mode#RECORD}. */
        public Builder mode(Mode mode) {
            this.mode = Objects.requireNonNull(mode, "mode: null");
            return this;
        }

        /**
         * Keeps the pushed Java values instead of the JSON round trip. Arguments are still checked
         * to be JSON-native; only the normalisation (such as Long to Integer) is skipped.
         */
        public Builder withoutJsonRoundTrip() {
            this.jsonRoundTrip = false;
            return this;
        }

        /** Never throws a job's failure; read them from {@link ErrandHarness#failures()}. */
        public Builder recordFailures() {
            this.rethrowFailures = false;
            return this;
        }

        /** Runs jobs without the server middleware registered on the harness. */
        public Builder skipServerMiddleware() {
            this.runServerMiddleware = false;
            return this;
        }

        /**
         * How many jobs one drain or runDue may run, and one perform block or mode scope may run
         * inline, before it stops with an error: the sign of a job that enqueues itself.
         */
        public Builder drainLimit(int drainLimit) {
            if (drainLimit < 1) {
                throw new IllegalArgumentException(
                        "drainLimit: must be 1 or more, got " + drainLimit);
            }
            this.drainLimit = drainLimit;
            return this;
        }

        public Builder maxPayloadBytes(int maxPayloadBytes) {
            if (maxPayloadBytes < 256) {
                throw new IllegalArgumentException(
                        "maxPayloadBytes: must be at least 256, got " + maxPayloadBytes);
            }
            this.maxPayloadBytes = maxPayloadBytes;
            return this;
        }

        public Builder deadSetLimits(DeadSetLimits limits) {
            this.deadSetLimits = Objects.requireNonNull(limits, "deadSetLimits: null");
            return this;
        }

        /** The client {@link Mode#REAL} sends jobs to. */
        public Builder realClient(JobClient client) {
            this.realClient = Objects.requireNonNull(client, "realClient: null");
            return this;
        }

        public ErrandHarness build() {
            if (clock == null) {
                clock = new TestClock();
            }
            if (mode == Mode.REAL && realClient == null) {
                throw new IllegalStateException(
                        "mode(REAL) needs realClient(...): the client" + " that jobs are sent to");
            }
            return new ErrandHarness(this);
        }
    }
}
