package dev.errand;

import dev.errand.backend.Backend;
import dev.errand.middleware.ServerMiddleware;
import dev.errand.worker.Launcher;
import dev.errand.worker.Registry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A worker process: register the jobs it may run, then {@link #start()} it. Only registered jobs
 * run; a payload naming another class goes to the retry set (or the dead set) with a clear error,
 * and no class is ever loaded by name.
 *
 * <p>{@link #quiet()} stops taking work; {@link #stop()} waits up to the configured timeout for
 * running jobs, then pushes the unfinished ones back to their queues. {@link #stopOnShutdown()}
 * does that on SIGTERM.
 */
public final class Worker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Worker.class);
    private final Backend backend;
    private final WorkerConfig config;
    private final Clock clock;
    private final Registry registry = new Registry();
    private final List<ServerMiddleware> middleware = new ArrayList<>();
    private final List<ErrorHandler> errorHandlers = new ArrayList<>();
    private final List<DeathHandler> deathHandlers = new ArrayList<>();
    private Launcher launcher;

    Worker(Backend backend, WorkerConfig config, Clock clock) {
        this.backend = backend;
        this.config = Objects.requireNonNull(config, "worker: config is null");
        this.clock = clock;
    }

    /** Lets this worker run the job; {@code factory} makes one instance per execution. */
    public <J extends Job> Worker register(JobSpec<J> spec, Supplier<? extends J> factory) {
        requireNotStarted("register");
        registry.register(spec, factory);
        return this;
    }

    /** Adds a server middleware; they run in the order added, around each job. */
    public Worker middleware(ServerMiddleware serverMiddleware) {
        requireNotStarted("middleware");
        middleware.add(Objects.requireNonNull(serverMiddleware, "middleware: null"));
        return this;
    }

    /** Called on every failed execution, such as to report to an error tracker. */
    public Worker onError(ErrorHandler handler) {
        requireNotStarted("onError");
        errorHandlers.add(Objects.requireNonNull(handler, "onError: null"));
        return this;
    }

    /** Called when any job dies, after the job's own death handlers. */
    public Worker onDeath(DeathHandler handler) {
        requireNotStarted("onDeath");
        deathHandlers.add(Objects.requireNonNull(handler, "onDeath: null"));
        return this;
    }

    /** Starts the heartbeat, scheduler, fetcher and processors. */
    public synchronized Worker start() {
        if (launcher != null && !launcher.isRunning()) {
            throw new IllegalStateException(
                    "start: this worker has been stopped and cannot start"
                            + " again; make a new one with errand.worker(config)");
        }
        requireNotStarted("start");
        warnAboutUnservedQueues();
        launcher =
                new Launcher(
                        backend, config, registry, middleware, errorHandlers, deathHandlers, clock);
        launcher.start();
        return this;
    }

    /**
     * A registered job whose queue this worker does not read would wait forever unless another
     * process serves that queue: say so at start, when the cause is still easy to see.
     */
    private void warnAboutUnservedQueues() {
        if (registry.classNames().isEmpty()) {
            LOG.warn(
                    "starting a worker with no registered job: every job it takes will fail"
                            + " with UnknownJobException; register jobs with worker.register(spec,"
                            + " factory)");
            return;
        }
        java.util.Set<String> served = new java.util.HashSet<>();
        config.queues().forEach(queue -> served.add(queue.name()));
        for (String className : registry.classNames()) {
            registry.find(className)
                    .flatMap(registration -> registration.spec().fixedQueue())
                    .filter(queue -> !served.contains(queue))
                    .ifPresent(
                            queue ->
                                    LOG.warn(
                                            "{} goes to queue \"{}\", which this worker does not"
                                                + " read (it reads {}); add it to"
                                                + " WorkerConfig.queues(...) unless another process"
                                                + " serves it",
                                            className,
                                            queue,
                                            served));
        }
    }

    /** Stops the worker gracefully when the JVM is asked to exit (SIGTERM, Ctrl-C). */
    public Worker stopOnShutdown() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "errand-shutdown"));
        return this;
    }

    /** Stops taking work; running jobs finish. */
    public synchronized void quiet() {
        if (launcher != null) {
            launcher.quiet();
        }
    }

    /** Stops within the configured timeout; unfinished jobs go back to their queues. */
    public void stop() {
        stop(config.timeout());
    }

    public void stop(Duration timeout) {
        Launcher running;
        synchronized (this) {
            running = launcher;
        }
        if (running != null) {
            running.stop(timeout);
        }
    }

    @Override
    public void close() {
        stop();
    }

    public boolean isRunning() {
        return launcher != null && launcher.isRunning();
    }

    /** The process identity shown in the Sidekiq Web UI; null before start. */
    public String identity() {
        return launcher == null ? null : launcher.identity();
    }

    /** What this worker did since it started. */
    public WorkerStats stats() {
        return launcher == null ? new WorkerStats(0, 0, 0, 0, 0) : launcher.stats();
    }

    /** Jobs running or fetched and waiting to run in this process. */
    public int inFlight() {
        return launcher == null ? 0 : launcher.inFlight();
    }

    public WorkerConfig config() {
        return config;
    }

    private void requireNotStarted(String operation) {
        if (launcher != null) {
            throw new IllegalStateException(
                    operation
                            + ": the worker has already started;"
                            + " configure it before start()");
        }
    }
}
