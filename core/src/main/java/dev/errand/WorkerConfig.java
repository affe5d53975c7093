package dev.errand;

import dev.errand.backend.DeadSetLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a worker runs: threads, queues and their order, shutdown timeout, dead-set limits. Built in
 * code with {@link #builder()}, from environment variables with {@link
 * dev.errand.config.EnvironmentConfig}, or from a sidekiq.yml-style file with {@link
 * dev.errand.config.YamlConfig}. Defaults are Sidekiq's: queue {@code default}, timeout 25 s, dead
 * set of 10,000 jobs for 180 days, a process counted dead 60 s after its last heartbeat; and
 * Sidekiq Pro's poison-pill rule: a job whose process died under it three times goes to the dead
 * set.
 */
public final class WorkerConfig {
    private static final Duration DEFAULT_HEARTBEAT_PERIOD = Duration.ofSeconds(5);

    private final int concurrency;
    private final List<QueueWeight> queues;
    private final Duration timeout;
    private final DeadSetLimits deadSetLimits;
    private final Duration pollInterval;
    private final String tag;
    private final List<String> labels;
    private final boolean virtualThreads;
    private final Duration heartbeatTimeout;
    private final int maxCrashes;

    private WorkerConfig(Builder builder) {
        this.concurrency = builder.concurrency;
        this.queues =
                List.copyOf(
                        builder.queues.isEmpty()
                                ? List.of(new QueueWeight("default", 0))
                                : new ArrayList<>(builder.queues.values()));
        this.timeout = builder.timeout;
        this.deadSetLimits = new DeadSetLimits(builder.deadMaxJobs, builder.deadTimeout);
        this.pollInterval = builder.pollInterval;
        this.tag = builder.tag;
        this.labels = List.copyOf(builder.labels);
        this.virtualThreads = builder.virtualThreads;
        this.heartbeatTimeout = builder.heartbeatTimeout;
        this.maxCrashes = builder.maxCrashes;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static WorkerConfig defaults() {
        return builder().build();
    }

    public int concurrency() {
        return concurrency;
    }

    public List<QueueWeight> queues() {
        return queues;
    }

    /** True when no queue has a weight: queues are served in the order listed. */
    public boolean strictOrder() {
        return queues.stream().allMatch(queue -> queue.weight() == 0);
    }

    public Duration timeout() {
        return timeout;
    }

    public DeadSetLimits deadSetLimits() {
        return deadSetLimits;
    }

    public Duration pollInterval() {
        return pollInterval;
    }

    public String tag() {
        return tag;
    }

    public List<String> labels() {
        return labels;
    }

    public boolean virtualThreads() {
        return virtualThreads;
    }

    /**
     * How long after its last heartbeat this process counts as dead, so that other processes
     * recover its in-progress jobs. The heartbeat beats every {@link #heartbeatPeriod()}.
     */
    public Duration heartbeatTimeout() {
        return heartbeatTimeout;
    }

    /** Every 5 seconds, or a sixth of the heartbeat timeout when that is shorter. */
    public Duration heartbeatPeriod() {
        Duration sixth = heartbeatTimeout.dividedBy(6);
        return sixth.compareTo(DEFAULT_HEARTBEAT_PERIOD) < 0 ? sixth : DEFAULT_HEARTBEAT_PERIOD;
    }

    /**
     * How many times a job may be in progress in a process that died (kill -9, out of memory, a
     * crash) before recovery moves it to the dead set as a poison pill instead of running it again.
     */
    public int maxCrashes() {
        return maxCrashes;
    }

    public Builder toBuilder() {
        Builder builder =
                new Builder()
                        .concurrency(concurrency)
                        .timeout(timeout)
                        .deadMaxJobs(deadSetLimits.maxJobs())
                        .deadTimeout(deadSetLimits.timeout())
                        .pollInterval(pollInterval)
                        .tag(tag)
                        .virtualThreads(virtualThreads)
                        .heartbeatTimeout(heartbeatTimeout)
                        .maxCrashes(maxCrashes);
        queues.forEach(queue -> builder.queue(queue.name(), queue.weight()));
        labels.forEach(builder::label);
        return builder;
    }

    @Override
    public String toString() {
        return "WorkerConfig[concurrency="
                + concurrency
                + ", queues="
                + queues
                + ", timeout="
                + timeout
                + "]";
    }

    /** Checks each option as it is set. */
    public static final class Builder {
        private int concurrency = 10;
        private final Map<String, QueueWeight> queues = new LinkedHashMap<>();
        private Duration timeout = Duration.ofSeconds(25);
        private int deadMaxJobs = DeadSetLimits.SIDEKIQ_DEFAULTS.maxJobs();
        private Duration deadTimeout = DeadSetLimits.SIDEKIQ_DEFAULTS.timeout();
        private Duration pollInterval = Duration.ofMillis(250);
        private String tag = "";
        private final List<String> labels = new ArrayList<>();
        private boolean virtualThreads;
        private Duration heartbeatTimeout = Duration.ofSeconds(60);
        private int maxCrashes = 3;

        private Builder() {}

        /** Jobs run at once. Default 10. */
        public Builder concurrency(int concurrency) {
            if (concurrency < 1 || concurrency > 10_000) {
                throw new IllegalArgumentException(
                        "concurrency: must be between 1 and 10000, got " + concurrency);
            }
            this.concurrency = concurrency;
            return this;
        }

        /** Adds queues in strict order (no weights). */
        public Builder queues(String... names) {
            for (String name : names) {
                queue(name, 0);
            }
            return this;
        }

        /** Adds a queue with a weight (0 for none). */
        public Builder queue(String name, int weight) {
            QueueWeight queue = new QueueWeight(name, weight);
            if (queues.containsKey(name)) {
                throw new IllegalArgumentException("queues: \"" + name + "\" is listed twice");
            }
            queues.put(name, queue);
            return this;
        }

        /** Replaces the queue list. */
        public Builder clearQueues() {
            queues.clear();
            return this;
        }

        /** How long stop() waits for running jobs before pushing them back. Default 25 s. */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout: null");
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("timeout: must not be negative, got " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        public Builder deadMaxJobs(int deadMaxJobs) {
            if (deadMaxJobs < 1) {
                throw new IllegalArgumentException(
                        "deadMaxJobs: must be 1 or more, got " + deadMaxJobs);
            }
            this.deadMaxJobs = deadMaxJobs;
            return this;
        }

        public Builder deadTimeout(Duration deadTimeout) {
            Objects.requireNonNull(deadTimeout, "deadTimeout: null");
            if (deadTimeout.isNegative() || deadTimeout.isZero()) {
                throw new IllegalArgumentException(
                        "deadTimeout: must be positive, got " + deadTimeout);
            }
            this.deadTimeout = deadTimeout;
            return this;
        }

        /** The longest the scheduler sleeps between looks at the schedule and retry sets. */
        public Builder pollInterval(Duration pollInterval) {
            Objects.requireNonNull(pollInterval, "pollInterval: null");
            if (pollInterval.isNegative() || pollInterval.isZero()) {
                throw new IllegalArgumentException(
                        "pollInterval: must be positive, got " + pollInterval);
            }
            this.pollInterval = pollInterval;
            return this;
        }

        /** The tag shown next to the process in the Web UI. */
        public Builder tag(String tag) {
            this.tag = Objects.requireNonNull(tag, "tag: null");
            return this;
        }

        public Builder label(String label) {
            this.labels.add(Objects.requireNonNull(label, "label: null"));
            return this;
        }

        /** Run jobs on virtual threads (Java 21 and later). */
        public Builder virtualThreads(boolean virtualThreads) {
            if (virtualThreads && Runtime.version().feature() < 21) {
                throw new IllegalArgumentException(
                        "virtualThreads: needs Java 21 or later, this is"
                                + " Java "
                                + Runtime.version().feature());
            }
            this.virtualThreads = virtualThreads;
            return this;
        }

        /**
         * How long after its last heartbeat a process counts as dead and its in-progress jobs are
         * recovered by other processes. Default 60 s, as in Sidekiq. Shorter means faster recovery
         * after a crash, but a process stalled longer than this (a long GC pause, a network
         * partition) is taken for dead and its jobs may run twice. At least 1 s.
         */
        public Builder heartbeatTimeout(Duration heartbeatTimeout) {
            Objects.requireNonNull(heartbeatTimeout, "heartbeatTimeout: null");
            if (heartbeatTimeout.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException(
                        "heartbeatTimeout: must be at least 1 s, got " + heartbeatTimeout);
            }
            this.heartbeatTimeout = heartbeatTimeout;
            return this;
        }

        /**
         * How many times a job may be in progress in a process that died before it goes to the dead
         * set as a poison pill ({@link PoisonPillException}) instead of running again. Default 3. A
         * job fetched into the local buffer counts as in progress, like a running one.
         */
        public Builder maxCrashes(int maxCrashes) {
            if (maxCrashes < 1) {
                throw new IllegalArgumentException(
                        "maxCrashes: must be 1 or more, got " + maxCrashes);
            }
            this.maxCrashes = maxCrashes;
            return this;
        }

        public WorkerConfig build() {
            return new WorkerConfig(this);
        }
    }
}
