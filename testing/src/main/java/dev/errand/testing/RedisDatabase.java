package dev.errand.testing;

import dev.errand.Errand;
import dev.errand.JobRecord;
import dev.errand.backend.Backend;
import dev.errand.backend.JobSet;
import dev.errand.backend.SortedEntry;
import dev.errand.middleware.ServerMiddleware;
import dev.errand.testing.internal.DatabasePool;
import dev.errand.testing.internal.Waiting;
import dev.errand.wire.Json;
import dev.errand.wire.Timestamps;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/**
 * One Redis database (1 to 8) that belongs to one test: flushed when the test gets it and when it
 * ends, and only it ({@code FLUSHDB}, never {@code FLUSHALL}, never database 0). It hands out an
 * {@link Errand} on itself, reads what is enqueued there, and waits with Awaitility for jobs to be
 * enqueued or performed by a real worker.
 *
 * <pre>{@code
 * @ErrandTest
 * class SignUpIT {
 *     @Test
 *     void signUp_sendsWelcomeEmail(RedisDatabase redis) {
 *         Worker worker = redis.errand().worker(config)
 *                 .register(SendWelcomeEmail.SPEC, () -> new SendWelcomeEmail(mailer))
 *                 .middleware(redis.performedRecorder())
 *                 .start();
 *         new SignUp(redis.errand()).signUp(42L);
 *         redis.awaitPerformed(job(SendWelcomeEmail.SPEC).withArgs(42L));
 *     }
 * }
 * }</pre>
 */
public final class RedisDatabase implements AutoCloseable {

    /** How long {@code await...} waits unless told otherwise. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

    private final TestRedis redis;
    private final int number;
    private final DatabasePool pool;
    private final Jedis jedis;
    private final List<EnqueuedJob> performed = new CopyOnWriteArrayList<>();
    private Errand errand;

    private RedisDatabase(TestRedis redis, int number, DatabasePool pool, Jedis jedis) {
        this.redis = redis;
        this.number = number;
        this.pool = pool;
        this.jedis = jedis;
    }

    static RedisDatabase lease(DatabasePool pool) {
        int number = pool.lease();
        try {
            return open(pool.redis(), number, pool);
        } catch (RuntimeException e) {
            pool.release(number);
            throw e;
        }
    }

    /**
     * Connects and flushes. Jedis connects in its constructor, so the connection is made inside the
     * try: a Redis that does not answer gives the how-to message, not a raw Jedis error.
     */
    static RedisDatabase open(TestRedis redis, int number, DatabasePool pool) {
        checkNumber(number);
        Jedis jedis = null;
        try {
            jedis = connect(redis, number);
            RedisDatabase database = new RedisDatabase(redis, number, pool, jedis);
            database.flush();
            return database;
        } catch (RuntimeException e) {
            if (jedis != null) {
                jedis.close();
            }
            throw new RedisUnavailableException(
                    "No Redis answers at "
                            + redis
                            + " database "
                            + number
                            + " ("
                            + e.getMessage()
                            + "). Start one with `redis-server --port 6379 --save \"\" --appendonly"
                            + " no`, or set REDIS_URL to a Redis the tests may use (databases 1 to"
                            + " 8 get flushed).",
                    e);
        }
    }

    private static Jedis connect(TestRedis redis, int number) {
        return new Jedis(
                new HostAndPort(redis.host(), redis.port()),
                DefaultJedisClientConfig.builder()
                        .user(redis.user())
                        .password(redis.password())
                        .ssl(redis.tls())
                        .database(number)
                        .build());
    }

    static void checkNumber(int number) {
        if (number < DatabasePool.FIRST || number > DatabasePool.LAST) {
            throw new IllegalArgumentException(
                    "test databases are 1 to 8 (0 is left to" + " applications), got " + number);
        }
    }

    public int number() {
        return number;
    }

    /** The URL of this database, password included, for the code under test. */
    public String url() {
        return redis.url(number);
    }

    /** An Errand on this database, made on first use and closed with it. */
    public synchronized Errand errand() {
        if (errand == null) {
            errand = Errand.redis(url());
        }
        return errand;
    }

    /** A direct connection to this database, for arranging and inspecting raw keys. */
    public Jedis jedis() {
        return jedis;
    }

    /** Empties this database, and only it. */
    public synchronized void flush() {
        checkNumber(number);
        jedis.flushDB();
        performed.clear();
    }

    /**
     * A server middleware to add to the worker under test; it records every job that ran to
     * completion, for {@link #awaitPerformed} and {@link #performedJobs()}.
     */
    public ServerMiddleware performedRecorder() {
        return (JobRecord job, String queue, dev.errand.middleware.Next next) -> {
            next.proceed();
            performed.add(
                    new EnqueuedJob(
                            job.fields(), Json.write(job.fields()), null, null, Clock.systemUTC()));
        };
    }

    /** Jobs the {@link #performedRecorder()} saw complete, in order. */
    public List<EnqueuedJob> performedJobs() {
        return List.copyOf(performed);
    }

    /** The jobs on this database's queues (oldest first) and in its schedule set. */
    public List<EnqueuedJob> enqueuedJobs() {
        Backend backend = errand().backend();
        List<EnqueuedJob> jobs = new ArrayList<>();
        for (String queue : backend.queueNames()) {
            for (String payload : backend.queuedJobs(queue, Integer.MAX_VALUE)) {
                jobs.add(EnqueuedJob.fromJson(payload, null, null, Clock.systemUTC()));
            }
        }
        for (SortedEntry entry : backend.entries(JobSet.SCHEDULE, Integer.MAX_VALUE)) {
            jobs.add(
                    EnqueuedJob.fromJson(
                            entry.payload(),
                            Timestamps.fromScore(entry.score()),
                            null,
                            Clock.systemUTC()));
        }
        return jobs;
    }

    /** Asserts on the jobs now enqueued in this database. */
    public JobsAssert assertEnqueued() {
        return new JobsAssert(enqueuedJobs(), "enqueued", null);
    }

    public EnqueuedJob awaitEnqueued(JobMatcher matcher) {
        return awaitEnqueued(matcher, DEFAULT_WAIT);
    }

    /** Waits until a matching job is on a queue or in the schedule set of this database. */
    public EnqueuedJob awaitEnqueued(JobMatcher matcher, Duration timeout) {
        return await(
                timeout,
                () -> new JobsAssert(enqueuedJobs(), "enqueued", null).firstMatch(matcher));
    }

    public EnqueuedJob awaitPerformed(JobMatcher matcher) {
        return awaitPerformed(matcher, DEFAULT_WAIT);
    }

    /** Waits until the {@link #performedRecorder()} has seen a matching job complete. */
    public EnqueuedJob awaitPerformed(JobMatcher matcher, Duration timeout) {
        return await(
                timeout,
                () -> new JobsAssert(performedJobs(), "performed", null).firstMatch(matcher));
    }

    private static EnqueuedJob await(
            Duration timeout, java.util.function.Supplier<EnqueuedJob> check) {
        return Waiting.until(timeout, Duration.ofMillis(20), check);
    }

    /** Flushes this database, closes its connections and gives it back to the pool. */
    @Override
    public synchronized void close() {
        try {
            flush();
        } finally {
            jedis.close();
            if (errand != null) {
                errand.close();
            }
            if (pool != null) {
                pool.release(number);
            }
        }
    }

    @Override
    public String toString() {
        return "RedisDatabase[" + redis + ", database " + number + "]";
    }
}
