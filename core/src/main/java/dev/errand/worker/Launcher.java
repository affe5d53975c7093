package dev.errand.worker;

import dev.errand.DeathHandler;
import dev.errand.ErrorHandler;
import dev.errand.WorkerConfig;
import dev.errand.WorkerStats;
import dev.errand.backend.Backend;
import dev.errand.backend.BackendException;
import dev.errand.backend.QueuedJob;
import dev.errand.middleware.ServerChain;
import dev.errand.middleware.ServerMiddleware;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns a worker process's lifecycle, as Sidekiq's launcher does.
 *
 * <ul>
 *   <li>{@link #start()}: one heartbeat (so the process is alive before it takes work), then the
 *       heartbeat, scheduler, fetcher and processor threads.
 *   <li>{@link #quiet()}: stop taking work; buffered jobs go back to their queues; running jobs
 *       finish. The process stays listed, marked quiet.
 *   <li>{@link #stop()}: quiet, then wait up to the timeout for running jobs; at the deadline push
 *       the jobs still running back to their queues (they will run again) and interrupt their
 *       threads; acknowledge what finished; and only then stop the heartbeat and leave the process
 *       list, so no other process recovers these jobs early.
 * </ul>
 */
public final class Launcher {
    private static final Logger LOG = LoggerFactory.getLogger(Launcher.class);
    private static final long POLL_MILLIS = 100;

    /** How long stop() waits for each group of threads after the jobs' own timeout. */
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(3);

    private final Backend backend;
    private final WorkerConfig config;
    private final ProcessIdentity identity = new ProcessIdentity();
    private final Counters counters = new Counters();
    private final BusyJobs busy = new BusyJobs();
    private final ShutdownState shutdown = new ShutdownState();
    private final Fetcher fetcher;
    private final Scheduler scheduler;
    private final Heartbeat heartbeat;
    private final Processor processor;
    private final List<Thread> processorThreads = new ArrayList<>();
    private Thread heartbeatThread;
    private Thread schedulerThread;
    private Thread fetcherThread;
    private Thread acknowledgerThread;
    private final Object lifecycle = new Object();
    private State state = State.NEW;
    private boolean stopping;

    private enum State {
        NEW,
        RUNNING,
        QUIET,
        STOPPED
    }

    public Launcher(
            Backend backend,
            WorkerConfig config,
            Registry registry,
            List<ServerMiddleware> middleware,
            List<ErrorHandler> errorHandlers,
            List<DeathHandler> deathHandlers,
            Clock clock) {
        this.backend = backend;
        this.config = config;
        Retrier retrier = new Retrier(backend, clock, config.deadSetLimits(), deathHandlers);
        this.processor =
                new Processor(
                        registry,
                        new ServerChain(middleware),
                        retrier,
                        errorHandlers,
                        counters,
                        busy,
                        backend,
                        clock,
                        shutdown);
        this.fetcher =
                new Fetcher(
                        backend,
                        identity.identity(),
                        config.queues(),
                        config.strictOrder(),
                        config.concurrency());
        this.scheduler = new Scheduler(backend, clock, config.pollInterval());
        this.heartbeat =
                new Heartbeat(backend, clock, identity, config, counters, busy, this::onSignal);
    }

    public void start() {
        synchronized (lifecycle) {
            if (state != State.NEW) {
                throw new IllegalStateException(
                        "worker "
                                + identity.identity()
                                + " was already"
                                + " started; make a new worker to start again");
            }
            heartbeat.beat();
            state = State.RUNNING;
        }
        heartbeatThread = startThread("errand-heartbeat", heartbeat, false);
        schedulerThread = startThread("errand-scheduler", scheduler, false);
        fetcherThread = startThread("errand-fetcher", fetcher, false);
        acknowledgerThread = startThread("errand-acknowledger", fetcher::runAcknowledger, false);
        ThreadFactory factory = processorThreadFactory();
        for (int i = 0; i < config.concurrency(); i++) {
            Thread thread = factory.newThread(this::processLoop);
            processorThreads.add(thread);
            thread.start();
        }
        LOG.info("started {} on {}: {}", identity.identity(), backend.describe(), config);
    }

    private void processLoop() {
        String tid = identity.tid(Thread.currentThread());
        while (true) {
            QueuedJob job;
            try {
                job = fetcher.next(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                if (fetcher.isQuiet() || shutdown.abandoned(Thread.currentThread())) {
                    return;
                }
                continue;
            }
            if (job == null) {
                if (fetcher.isQuiet()) {
                    return;
                }
                continue;
            }
            Processor.Result result;
            try {
                result = processor.process(job, tid);
            } catch (RuntimeException | Error e) {
                // Processor never throws by design; if it does, keep the thread and the job.
                LOG.error(
                        "processor failed on a job from queue {}; it goes back to its queue",
                        job.queue(),
                        e);
                result = Processor.Result.UNSETTLED;
            }
            if (result == Processor.Result.ABANDONED
                    || shutdown.abandoned(Thread.currentThread())) {
                fetcher.released(job);
                return;
            }
            if (Thread.interrupted()) {
                // A job that restores the interrupt flag (the usual idiom after catching
                // InterruptedException) must not end this thread's next wait for work.
                LOG.warn("a job from queue {} left its thread interrupted; cleared", job.queue());
            }
            if (result == Processor.Result.UNSETTLED) {
                fetcher.unsettled(job);
            } else {
                fetcher.finished(job);
            }
        }
    }

    public void quiet() {
        synchronized (lifecycle) {
            if (state != State.RUNNING) {
                return;
            }
            state = State.QUIET;
        }
        LOG.info("quiet: no new jobs will be taken");
        fetcher.quiet();
        scheduler.stop();
        heartbeat.quiet();
    }

    /** Stops within the configured timeout. */
    public void stop() {
        stop(config.timeout());
    }

    /**
     * Stops within {@code timeout}. A second call while a stop is under way (a shutdown hook and a
     * remote TERM at once) waits for that stop to end instead of pushing jobs back twice.
     */
    public void stop(Duration timeout) {
        synchronized (lifecycle) {
            if (state == State.NEW || state == State.STOPPED) {
                state = State.STOPPED;
                return;
            }
            if (stopping) {
                awaitStopped();
                return;
            }
            stopping = true;
        }
        quiet();
        long deadline = System.nanoTime() + timeout.toNanos();
        joinAll(processorThreads, deadline);
        pushBackRunning();
        joinAll(processorThreads, System.nanoTime() + GRACE_NANOS);
        joinAll(List.of(schedulerThread, fetcherThread), System.nanoTime() + GRACE_NANOS);
        fetcher.stopAcknowledging();
        joinAll(List.of(acknowledgerThread), System.nanoTime() + GRACE_NANOS);
        fetcher.flushFinished();
        // The last beat must land before the process leaves the list, not after it.
        heartbeat.stopBeating();
        joinAll(List.of(heartbeatThread), System.nanoTime() + GRACE_NANOS);
        heartbeat.leave();
        synchronized (lifecycle) {
            state = State.STOPPED;
            lifecycle.notifyAll();
        }
        LOG.info("stopped {}: {}", identity.identity(), counters.snapshot());
    }

    /** Waits, holding the lifecycle lock, for the stop under way to end. */
    private void awaitStopped() {
        while (state != State.STOPPED) {
            try {
                lifecycle.wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void pushBackRunning() {
        Map<String, BusyJobs.Running> running = busy.snapshot();
        if (running.isEmpty()) {
            return;
        }
        List<QueuedJob> jobs = new ArrayList<>();
        running.values()
                .forEach(
                        job -> {
                            shutdown.abandon(job.thread());
                            jobs.add(job.job());
                        });
        // Before and after the write: a read of the lists around it must not bring the ledger in
        // step.
        fetcher.runningPushedBack();
        try {
            backend.requeue(identity.identity(), jobs);
            LOG.warn(
                    "timeout reached: pushed {} running jobs back to their queues; they will run"
                            + " again",
                    jobs.size());
        } catch (BackendException e) {
            LOG.error(
                    "timeout reached but {} running jobs could not be pushed back; they stay in"
                            + " progress and are recovered once this process's heartbeat expires",
                    jobs.size(),
                    e);
        }
        fetcher.runningPushedBack();
        running.values().forEach(job -> job.thread().interrupt());
    }

    private void onSignal(String signal) {
        switch (signal) {
            case "TSTP" -> quiet();
            case "TERM" -> startThread("errand-remote-stop", this::stop, false);
            case "TTIN" ->
                    Thread.getAllStackTraces()
                            .forEach(
                                    (thread, frames) ->
                                            LOG.warn(
                                                    "thread {}: {}",
                                                    thread.getName(),
                                                    List.of(frames)));
            default -> LOG.warn("ignored unknown remote signal {}", signal);
        }
    }

    public boolean isRunning() {
        synchronized (lifecycle) {
            return state == State.RUNNING || state == State.QUIET;
        }
    }

    public String identity() {
        return identity.identity();
    }

    public WorkerStats stats() {
        return counters.snapshot();
    }

    /** Jobs running now plus jobs fetched and waiting in the local buffer. */
    public int inFlight() {
        return busy.size() + fetcher.inHand();
    }

    private ThreadFactory processorThreadFactory() {
        if (config.virtualThreads()) {
            return VirtualThreads.factory("errand-processor-");
        }
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "errand-processor-" + count.incrementAndGet());
            thread.setDaemon(false);
            return thread;
        };
    }

    private static Thread startThread(String name, Runnable body, boolean daemon) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(daemon);
        thread.start();
        return thread;
    }

    private static void joinAll(List<Thread> threads, long deadlineNanos) {
        for (Thread thread : threads) {
            long remaining = deadlineNanos - System.nanoTime();
            if (remaining <= 0) {
                return;
            }
            try {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(remaining)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
