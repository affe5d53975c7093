package dev.errand;

import dev.errand.backend.Backend;
import dev.errand.backend.JobSet;
import dev.errand.backend.memory.InMemoryBackend;
import dev.errand.backend.redis.RedisBackend;
import dev.errand.client.PushFailedException;
import dev.errand.client.Pusher;
import dev.errand.middleware.ClientChain;
import dev.errand.middleware.ClientMiddleware;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The entry point: a client bound to a backend, and the factory of workers on that backend.
 *
 * <pre>{@code
 * Errand errand = Errand.fromEnvironment();          // Redis when REDIS_URL is set, else in-memory
 * String jid = errand.enqueue(SendWelcomeEmail.SPEC, 42L);
 *
 * Worker worker = errand.worker(WorkerConfig.builder().concurrency(10).build())
 *         .register(SendWelcomeEmail.SPEC, () -> new SendWelcomeEmail(users, mailer))
 *         .start();
 * }</pre>
 *
 * <p>Thread-safe; make one per application and close it at shutdown (it closes its backend).
 */
public final class Errand implements JobClient, AutoCloseable {
    /** The default payload size limit: 1 MiB. */
    public static final int DEFAULT_MAX_PAYLOAD_BYTES = 1 << 20;

    private final Backend backend;
    private final Clock clock;
    private final Pusher pusher;

    private Errand(Builder builder) {
        this.backend = builder.backend;
        this.clock = builder.clock;
        this.pusher =
                new Pusher(
                        backend,
                        new ClientChain(builder.clientMiddleware),
                        clock,
                        builder.maxPayloadBytes);
    }

    /** An Errand on a fresh in-memory backend. */
    public static Errand inMemory() {
        return builder().backend(new InMemoryBackend()).build();
    }

    /** An Errand on Redis: {@code redis://[user:password@]host:port/db}, or {@code rediss://}. */
    public static Errand redis(String url) {
        return builder().backend(RedisBackend.fromUrl(url)).build();
    }

    /** Redis at {@code REDIS_URL} when it is set, otherwise a fresh in-memory backend. */
    public static Errand fromEnvironment() {
        String url = System.getenv("REDIS_URL");
        return url == null || url.isBlank() ? inMemory() : redis(url);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<String> push(
            JobSpec<?> spec, List<? extends List<?>> argumentLists, PushOptions options) {
        Objects.requireNonNull(spec, "push: spec is null");
        Objects.requireNonNull(argumentLists, "push: argument lists are null");
        return pusher.push(spec, argumentLists, options == null ? PushOptions.NOW : options);
    }

    /**
     * Pushes again the jobs of a push that failed, with the same payloads and jids, so a retry
     * never creates a second job:
     *
     * <pre>{@code
     * try {
     *     errand.enqueue(SendWelcomeEmail.SPEC, 42L);
     * } catch (PushFailedException e) {
     *     errand.retryPush(e);      // same jid; throws PushFailedException again if still down
     * }
     * }</pre>
     *
     * <p>If the first attempt did reach Redis before the connection failed, the job is then queued
     * twice under one jid and runs twice (see {@link PushFailedException}).
     *
     * @return the jids of the original push
     */
    public List<String> retryPush(PushFailedException failure) {
        Objects.requireNonNull(failure, "retryPush: exception is null");
        return pusher.retry(failure);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    /** A new worker on this backend; register jobs on it, then start it. */
    public Worker worker(WorkerConfig config) {
        return new Worker(backend, config, clock);
    }

    /** The backend itself, for tools and tests; applications use the views above. */
    public Backend backend() {
        return backend;
    }

    /** The dashboard figures, as Sidekiq's Stats reads them. */
    public Stats stats() {
        dev.errand.backend.StatsSnapshot counters = backend.stats();
        long enqueued = 0;
        for (String queue : backend.queueNames()) {
            enqueued += backend.queueSize(queue);
        }
        return new Stats(
                counters.processed(),
                counters.failed(),
                enqueued,
                backend.size(JobSet.SCHEDULE),
                backend.size(JobSet.RETRY),
                backend.size(JobSet.DEAD),
                backend.processes().size());
    }

    /** One queue: size, latency, jobs, clear. */
    public JobQueue queue(String name) {
        return new JobQueue(backend, clock, name);
    }

    /** Every queue that has ever been pushed to (Sidekiq's {@code queues} set), by name. */
    public List<JobQueue> queues() {
        return backend.queueNames().stream().sorted().map(this::queue).toList();
    }

    /** Jobs waiting for their time: {@code enqueueIn} and {@code enqueueAt}. */
    public JobSetView scheduledSet() {
        return new JobSetView(backend, JobSet.SCHEDULE);
    }

    /** Failed jobs waiting for their next attempt. */
    public JobSetView retrySet() {
        return new JobSetView(backend, JobSet.RETRY);
    }

    /** Jobs that ran out of retries. */
    public JobSetView deadSet() {
        return new JobSetView(backend, JobSet.DEAD);
    }

    @Override
    public void close() {
        backend.close();
    }

    /** Options of an {@link Errand}. */
    public static final class Builder {
        private Backend backend;
        private Clock clock = Clock.systemUTC();
        private final List<ClientMiddleware> clientMiddleware = new ArrayList<>();
        private int maxPayloadBytes = DEFAULT_MAX_PAYLOAD_BYTES;

        private Builder() {}

        public Builder backend(Backend backend) {
            this.backend = Objects.requireNonNull(backend, "backend: null");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock: null");
            return this;
        }

        /** Adds a client middleware; they run in the order added. */
        public Builder clientMiddleware(ClientMiddleware middleware) {
            clientMiddleware.add(Objects.requireNonNull(middleware, "clientMiddleware: null"));
            return this;
        }

        /** Rejects any payload larger than this many bytes of JSON. Default 1 MiB. */
        public Builder maxPayloadBytes(int maxPayloadBytes) {
            if (maxPayloadBytes < 256) {
                throw new IllegalArgumentException(
                        "maxPayloadBytes: must be at least 256, got " + maxPayloadBytes);
            }
            this.maxPayloadBytes = maxPayloadBytes;
            return this;
        }

        public Errand build() {
            if (backend == null) {
                backend = new InMemoryBackend(clock);
            }
            return new Errand(this);
        }
    }
}
