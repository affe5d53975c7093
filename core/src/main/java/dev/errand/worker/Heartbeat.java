package dev.errand.worker;

import dev.errand.QueueWeight;
import dev.errand.WorkerConfig;
import dev.errand.backend.Backend;
import dev.errand.backend.BackendException;
import dev.errand.backend.ProcessBeat;
import dev.errand.backend.QueuedJob;
import dev.errand.backend.Recovery;
import dev.errand.wire.Json;
import dev.errand.wire.Timestamps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the process record every five seconds (or a sixth of the configured heartbeat timeout,
 * when that is shorter) in the shape every Sidekiq Web UI from 6.4 to 8.1 reads: the {@code
 * processes} membership, the process hash ({@code info}, {@code concurrency}, {@code busy}, {@code
 * beat}, {@code quiet}, {@code rss}, {@code rtt_us}), the work hash of the jobs running now, and
 * the processed/failed counters. It also receives remote signals (the Web UI's Quiet and Stop) and,
 * on the first beat after start and every third beat after that, recovers the in-progress jobs of
 * processes whose heartbeat has expired, sending a job that was in progress in {@link
 * WorkerConfig#maxCrashes()} dead processes to the dead set instead.
 *
 * <p>It beats until {@link #stop()}, which the launcher calls last, so no other process recovers
 * this one's jobs while it is still finishing them.
 */
final class Heartbeat implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);
    private static final String VERSION = "errand-java-0.1.0";

    private final Backend backend;
    private final Clock clock;
    private final ProcessIdentity identity;
    private final WorkerConfig config;
    private final Counters counters;
    private final BusyJobs busy;
    private final Consumer<String> signals;
    private final Instant startedAt;
    private final Outage outage = new Outage(LOG, "heartbeat");
    private final Object sleeper = new Object();
    private volatile boolean quiet;
    private volatile boolean stopped;
    private long beats;
    private long outageEnded;

    Heartbeat(
            Backend backend,
            Clock clock,
            ProcessIdentity identity,
            WorkerConfig config,
            Counters counters,
            BusyJobs busy,
            Consumer<String> signals) {
        this.backend = backend;
        this.clock = clock;
        this.identity = identity;
        this.config = config;
        this.counters = counters;
        this.busy = busy;
        this.signals = signals;
        this.startedAt = clock.instant();
    }

    @Override
    public void run() {
        while (!stopped) {
            sleep();
            if (stopped) {
                return;
            }
            try {
                beat();
                if (beats++ % 3 == 0 && !justBackFromAnOutage()) {
                    recoverOrphans();
                }
                if (outage.succeeded()) {
                    outageEnded = System.nanoTime();
                }
            } catch (BackendException e) {
                if (!outage.failed(e, () -> "busy: " + busy.size() + " jobs")) {
                    return;
                }
            } catch (RuntimeException e) {
                LOG.error(
                        "heartbeat failed; beating on so this process's jobs are not taken"
                                + " for orphans",
                        e);
            }
        }
    }

    /** One beat; the launcher calls it once before fetching, so the process is alive first. */
    void beat() {
        long[] counts = counters.takeUnwritten();
        long started = System.nanoTime();
        Optional<String> signal;
        try {
            signal =
                    backend.heartbeat(
                            new ProcessBeat(
                                    identity.identity(),
                                    info(),
                                    config.concurrency(),
                                    busy.size(),
                                    Timestamps.score(clock.instant()),
                                    quiet,
                                    rssKb(),
                                    0,
                                    busy.workHash(),
                                    counts[0],
                                    counts[1],
                                    today(),
                                    config.heartbeatTimeout().toMillis()));
        } catch (BackendException e) {
            counters.putBack(counts);
            throw e;
        }
        LOG.trace("beat in {} us", (System.nanoTime() - started) / 1000);
        signal.ifPresent(signals);
    }

    private void recoverOrphans() {
        Recovery recovery =
                backend.recoverOrphans(
                        config.maxCrashes(),
                        Timestamps.score(clock.instant()),
                        config.deadSetLimits());
        if (!recovery.requeued().isEmpty()) {
            LOG.warn(
                    "recovered {} jobs left in progress by processes whose heartbeat expired",
                    recovery.requeued().size());
        }
        for (QueuedJob job : recovery.killed()) {
            LOG.error(
                    "dead: a job from queue {} was in progress in {} processes that died; moved"
                            + " to the dead set as a poison pill: {}",
                    job.queue(),
                    config.maxCrashes(),
                    preview(job.payload()));
        }
    }

    private static String preview(String payload) {
        return payload.length() > 200 ? payload.substring(0, 200) + "..." : payload;
    }

    /**
     * After an outage longer than the heartbeat timeout every process's record has expired, live
     * ones included; recovering then would take running jobs from processes that are only about to
     * beat again. Recovery waits one timeout after this process's own outage.
     */
    private boolean justBackFromAnOutage() {
        return outageEnded != 0
                && System.nanoTime() - outageEnded < config.heartbeatTimeout().toNanos();
    }

    void quiet() {
        quiet = true;
    }

    /** Stops beating and removes the process from the process list, writing the last counts. */
    void stopBeating() {
        stopped = true;
        synchronized (sleeper) {
            sleeper.notifyAll();
        }
    }

    /** Leaves the process list after the last beat, writing the final counts. */
    void leave() {
        long[] counts = counters.takeUnwritten();
        try {
            backend.removeProcess(identity.identity(), counts[0], counts[1], today());
        } catch (BackendException e) {
            LOG.error(
                    "could not remove process {} from the process list (it expires by itself);"
                            + " {} processed / {} failed not counted",
                    identity.identity(),
                    counts[0],
                    counts[1],
                    e);
        }
    }

    private void sleep() {
        synchronized (sleeper) {
            try {
                sleeper.wait(config.heartbeatPeriod().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped = true;
            }
        }
    }

    private String info() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("hostname", identity.hostname());
        info.put("started_at", Timestamps.seconds(startedAt));
        info.put("pid", identity.pid());
        info.put("tag", config.tag());
        info.put("concurrency", config.concurrency());
        info.put("queues", config.queues().stream().map(QueueWeight::name).toList());
        info.put("labels", config.labels());
        info.put("identity", identity.identity());
        Map<String, Object> weights = new LinkedHashMap<>();
        config.queues().forEach(queue -> weights.put(queue.name(), queue.weight()));
        Map<String, Object> capsule = new LinkedHashMap<>();
        capsule.put("concurrency", config.concurrency());
        capsule.put("mode", config.strictOrder() ? "strict" : "weighted");
        capsule.put("weights", weights);
        info.put("capsules", Map.of("default", capsule));
        info.put("version", VERSION);
        info.put("embedded", false);
        return Json.write(info);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Resident memory in KB from /proc, 0 where there is no /proc. */
    private static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
