package dev.errand.backend.redis;

import dev.errand.PoisonPillException;
import dev.errand.backend.Backend;
import dev.errand.backend.BackendException;
import dev.errand.backend.DeadSetLimits;
import dev.errand.backend.FinishedJobs;
import dev.errand.backend.JobSet;
import dev.errand.backend.ProcessBeat;
import dev.errand.backend.QueuedJob;
import dev.errand.backend.Recovery;
import dev.errand.backend.SortedEntry;
import dev.errand.backend.StatsSnapshot;
import dev.errand.wire.Json;
import dev.errand.wire.MalformedPayloadException;
import dev.errand.wire.Timestamps;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.Response;
import redis.clients.jedis.args.ListDirection;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.resps.Tuple;

/**
 * The production backend: Sidekiq's own Redis keys, so Ruby processes, the Sidekiq API and the Web
 * UI read and write the same data (see reference/SIDEKIQ-WIRE.md). Every write is one round trip: a
 * pipeline, a MULTI/EXEC transaction or one Lua script. The one exception is a fetch that finds
 * every queue empty, which spends a second round trip blocking for a job.
 *
 * <p>Connections come from a pool ({@link RedisClient}, the non-deprecated successor of Jedis's
 * {@code JedisPooled} in 7.x). A fetch that blocks holds one connection for up to a second, so size
 * the pool for the fetcher threads plus a few for the heartbeat, the scheduler and clients.
 *
 * <h2>Reliable fetch</h2>
 *
 * A fetched job is moved, atomically, from {@code queue:Q} into {@code
 * errand:inprogress:IDENTITY:Q}, and that list is registered in the {@code errand:inprogress} hash
 * with its owner and queue. It leaves the list when acknowledged or requeued. If the owner dies,
 * its process hash (key {@code IDENTITY}, refreshed by each heartbeat with an expiry of 60 seconds
 * unless the worker's {@code heartbeatTimeout} says otherwise) disappears, and {@link
 * #recoverOrphans(int, double, DeadSetLimits)} in any process pushes the list's jobs back to the
 * front of their queue, or, for a job recovered that many times already, to the dead set as a
 * poison pill. A worker must write its first heartbeat before its first fetch, or a concurrent
 * recovery could take its jobs. A process whose heartbeat stalls longer than its timeout (a long GC
 * pause, a network partition) is treated as dead, and its jobs may then run twice: delivery is at
 * least once.
 *
 * <h2>Caveats</h2>
 *
 * <ul>
 *   <li>Redis 6.2 or newer (LMOVE, BLMOVE, ZRANGE BYSCORE), standalone or behind a proxy that acts
 *       as one. The scripts touch {@code queue:NAME} keys they compute, so Redis Cluster is not
 *       supported, as in Sidekiq itself.
 *   <li>A blocking fetch is not interrupted by {@link Thread#interrupt()}; it returns within a
 *       second.
 * </ul>
 */
public final class RedisBackend implements Backend {

    /** Connections in the default pool: fetchers, heartbeat, scheduler and client pushes. */
    public static final int DEFAULT_POOL_SIZE = 16;

    /**
     * The longest a fetch blocks on an empty queue. A longer block would hold back the
     * acknowledgements and stats the worker batches into its next fetch, and would leave a job that
     * arrives on a queue other than the one blocked on waiting just as long.
     */
    static final Duration MAX_BLOCK = Duration.ofSeconds(1);

    private static final String QUEUES = "queues";
    private static final String PROCESSES = "processes";
    private static final String IN_PROGRESS = "errand:inprogress";
    private static final int PROCESS_TTL_SECONDS = 60;
    private static final long CRASH_COUNT_TTL_SECONDS = 24 * 60 * 60;
    private static final String POISON_PILL_CLASS = PoisonPillException.class.getName();
    private static final long DAILY_STAT_TTL_SECONDS = 5L * 365 * 24 * 60 * 60;

    private final RedisUrl url;
    private final RedisClient redis;
    private final AtomicInteger blockRotation = new AtomicInteger();

    /** Values per LPUSH of a bulk push; see {@link #lpushInSlices}. */
    private static final int PUSH_SLICE = 250;

    /** The concurrency each process of this JVM announced in its heartbeat. */
    private final Map<String, Integer> concurrency = new ConcurrentHashMap<>();

    private final Map<Registration, String> registrations = new ConcurrentHashMap<>();

    /**
     * Connects to {@code redis://[[user]:password@]host[:port][/db]} or {@code rediss://...} (TLS,
     * checked against the JVM's trust store) with a pool of {@value #DEFAULT_POOL_SIZE}.
     */
    public static RedisBackend fromUrl(String url) {
        return fromUrl(url, DEFAULT_POOL_SIZE);
    }

    /** As {@link #fromUrl(String)}, with at most {@code maxConnections} pooled connections. */
    public static RedisBackend fromUrl(String url, int maxConnections) {
        if (maxConnections < 1) {
            throw new IllegalArgumentException(
                    "maxConnections: must be 1 or more, got " + maxConnections);
        }
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(maxConnections);
        pool.setMaxIdle(maxConnections);
        pool.setMaxWait(Duration.ofSeconds(5));
        return new RedisBackend(url, pool);
    }

    /** Connects with a pool configured by the caller (size, idle checks, borrow timeout). */
    public RedisBackend(String url, ConnectionPoolConfig poolConfig) {
        this.url = RedisUrl.parse(url);
        DefaultJedisClientConfig client =
                DefaultJedisClientConfig.builder()
                        .user(this.url.user())
                        .password(this.url.password())
                        .database(this.url.database())
                        .ssl(this.url.tls())
                        .clientName("errand")
                        .build();
        this.redis =
                RedisClient.builder()
                        .hostAndPort(this.url.host(), this.url.port())
                        .clientConfig(client)
                        .poolConfig(poolConfig)
                        .build();
    }

    // Writing jobs.

    @Override
    public void push(List<QueuedJob> jobs) {
        if (jobs.isEmpty()) {
            return;
        }
        Map<String, List<String>> byQueue = new LinkedHashMap<>();
        for (QueuedJob job : jobs) {
            byQueue.computeIfAbsent(job.queue(), queue -> new ArrayList<>()).add(job.payload());
        }
        run(
                "push",
                () -> {
                    try (Pipeline pipeline = redis.pipelined()) {
                        pipeline.sadd(QUEUES, byQueue.keySet().toArray(String[]::new));
                        byQueue.forEach(
                                (queue, payloads) -> lpushInSlices(pipeline, queue, payloads));
                        requireNoErrors(pipeline.syncAndReturnAll());
                    }
                });
    }

    /**
     * Queues payloads with multi-value LPUSHes of at most {@value #PUSH_SLICE} values, in order.
     * Redis pushes the values of each left to right, so the first job ends nearest the tail and is
     * taken first, exactly as with one LPUSH of them all. Slicing lets Redis run one LPUSH while
     * the client is still sending the next, instead of waiting for the whole batch to arrive.
     */
    private static void lpushInSlices(Pipeline pipeline, String queue, List<String> payloads) {
        String key = queueKey(queue);
        for (int from = 0; from < payloads.size(); from += PUSH_SLICE) {
            int to = Math.min(payloads.size(), from + PUSH_SLICE);
            pipeline.lpush(key, payloads.subList(from, to).toArray(String[]::new));
        }
    }

    @Override
    public void add(JobSet set, List<SortedEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        for (SortedEntry entry : entries) {
            scores.put(entry.payload(), entry.score());
        }
        run("add to " + set.key(), () -> redis.zadd(set.key(), scores));
    }

    @Override
    public void kill(SortedEntry entry, DeadSetLimits limits) {
        double timeout = limits.timeout().getSeconds() + limits.timeout().getNano() / 1e9;
        run(
                "kill",
                () -> {
                    try (AbstractTransaction tx = redis.multi()) {
                        tx.zadd(JobSet.DEAD.key(), entry.score(), entry.payload());
                        tx.zremrangeByScore(
                                JobSet.DEAD.key(),
                                Double.NEGATIVE_INFINITY,
                                entry.score() - timeout);
                        tx.zremrangeByRank(JobSet.DEAD.key(), 0, -limits.maxJobs());
                        requireNoErrors(tx.exec());
                    }
                });
    }

    // The scheduler.

    @Override
    public int enqueueDue(JobSet set, double now, int limit) {
        if (limit <= 0) {
            return 0;
        }
        List<String> keys = List.of(set.key(), JobSet.DEAD.key(), QUEUES);
        List<String> args =
                List.of(Double.toString(now), Integer.toString(limit), Timestamps.scoreText(now));
        Object moved =
                call(
                        "enqueueDue from " + set.key(),
                        () -> LuaScript.ENQUEUE_DUE.run(redis, keys, args));
        return ((Long) moved).intValue();
    }

    @Override
    public Optional<Double> earliestScore(JobSet set) {
        List<Tuple> first =
                call(
                        "earliestScore of " + set.key(),
                        () -> redis.zrangeWithScores(set.key(), 0, 0));
        return first.isEmpty() ? Optional.empty() : Optional.of(first.get(0).getScore());
    }

    // Reliable fetch.

    /**
     * {@inheritDoc}
     *
     * <p>First round trip: the acknowledgements (see {@link AcknowledgementWrites}) and the fetch
     * script in one pipeline. The fetch script takes jobs queue by queue in the given order, a
     * batch per queue. Only when it finds nothing, a second round trip blocks with BLMOVE. BLMOVE
     * watches a single list, so each empty fetch blocks on the next queue in turn, and never longer
     * than {@link #MAX_BLOCK}: a job arriving on another queue waits at most that long (latency,
     * never loss), every queue gets its turn, and the acknowledgements the worker collects
     * meanwhile reach Redis within a second. The price of the cap is that a fetch may return empty
     * before {@code wait} has elapsed; the caller just fetches again. The script registers the
     * blocked-on list before blocking, so a job BLMOVE delivers is recoverable even if this process
     * dies right after.
     */
    @Override
    public List<QueuedJob> fetch(
            String identity, List<String> queues, int max, Duration wait, FinishedJobs finished) {
        if (queues.isEmpty() || max <= 0) {
            acknowledge(identity, finished);
            return List.of();
        }
        long blockMillis = Math.min(wait.toMillis(), MAX_BLOCK.toMillis());
        int blockOn =
                blockMillis > 0
                        ? Math.floorMod(blockRotation.getAndIncrement(), queues.size()) + 1
                        : 0;

        List<String> keys = new ArrayList<>(1 + 2 * queues.size());
        List<String> args = new ArrayList<>(2 + queues.size());
        keys.add(IN_PROGRESS);
        args.add(Integer.toString(max));
        args.add(Integer.toString(blockOn));
        for (String queue : queues) {
            keys.add(queueKey(queue));
            keys.add(inProgressKey(identity, queue));
            args.add(registration(identity, queue));
        }
        Object reply =
                call(
                        "fetch",
                        () -> {
                            AcknowledgementWrites acks =
                                    new AcknowledgementWrites(identity, finished);
                            Response<Object> taken;
                            try (Pipeline pipeline = redis.pipelined()) {
                                acks.queue(pipeline);
                                taken = LuaScript.FETCH.queue(pipeline, keys, args);
                                pipeline.sync();
                            }
                            acks.complete(redis);
                            return LuaScript.FETCH.result(taken, redis, keys, args);
                        });
        List<QueuedJob> taken = new ArrayList<>();
        List<?> flat = (List<?>) reply;
        for (int i = 0; i < flat.size(); i += 2) {
            String queue = queues.get(((Long) flat.get(i)).intValue() - 1);
            for (Object payload : (List<?>) flat.get(i + 1)) {
                taken.add(new QueuedJob(queue, (String) payload));
            }
        }
        if (!taken.isEmpty() || blockOn == 0) {
            return taken;
        }

        String queue = queues.get(blockOn - 1);
        String job =
                call(
                        "fetch (blocking on " + queueKey(queue) + ")",
                        () ->
                                redis.blmove(
                                        queueKey(queue),
                                        inProgressKey(identity, queue),
                                        ListDirection.RIGHT,
                                        ListDirection.LEFT,
                                        blockMillis / 1000.0));
        return job == null ? List.of() : List.of(new QueuedJob(queue, job));
    }

    @Override
    public void acknowledge(String identity, FinishedJobs finished) {
        AcknowledgementWrites acks = new AcknowledgementWrites(identity, finished);
        if (acks.isEmpty()) {
            return;
        }
        run(
                "acknowledge",
                () -> {
                    try (Pipeline pipeline = redis.pipelined()) {
                        acks.queue(pipeline);
                        pipeline.sync();
                    }
                    acks.complete(redis);
                });
    }

    /**
     * {@inheritDoc}
     *
     * <p>The jobs go back so that the first one given is the first taken again, which restores the
     * order {@link #fetch} returned them in.
     */
    @Override
    public void requeue(String identity, List<QueuedJob> jobs) {
        if (jobs.isEmpty()) {
            return;
        }
        List<QueuedJob> lastFirst = reversed(jobs);
        List<String> keys = new ArrayList<>(1 + 2 * jobs.size());
        List<String> args = new ArrayList<>(2 * jobs.size());
        keys.add(QUEUES);
        for (QueuedJob job : lastFirst) {
            keys.add(queueKey(job.queue()));
            keys.add(inProgressKey(identity, job.queue()));
            args.add(job.payload());
        }
        lastFirst.forEach(job -> args.add(job.queue()));
        call("requeue", () -> LuaScript.REQUEUE.run(redis, keys, args));
    }

    /** {@inheritDoc} Oldest taken first, list by list. Two round trips; meant for ops and tests. */
    @Override
    public List<QueuedJob> inProgress(String identity) {
        return call(
                "inProgress",
                () -> {
                    List<String> queues = new ArrayList<>();
                    redis.hgetAll(IN_PROGRESS)
                            .forEach(
                                    (listKey, owner) -> {
                                        Map<String, Object> registration = parseRegistration(owner);
                                        if (identity.equals(registration.get("identity"))
                                                && registration.get("queue") instanceof String queue
                                                && listKey.equals(inProgressKey(identity, queue))) {
                                            queues.add(queue);
                                        }
                                    });
                    Collections.sort(queues);
                    List<Response<List<String>>> lists = new ArrayList<>();
                    try (Pipeline pipeline = redis.pipelined()) {
                        for (String queue : queues) {
                            lists.add(pipeline.lrange(inProgressKey(identity, queue), 0, -1));
                        }
                        pipeline.sync();
                    }
                    List<QueuedJob> jobs = new ArrayList<>();
                    for (int i = 0; i < queues.size(); i++) {
                        for (String payload : reversed(lists.get(i).get())) {
                            jobs.add(new QueuedJob(queues.get(i), payload));
                        }
                    }
                    return jobs;
                });
    }

    @Override
    public List<QueuedJob> recoverOrphans() {
        return recoverOrphans(
                        Integer.MAX_VALUE,
                        Timestamps.score(java.time.Instant.now()),
                        DeadSetLimits.SIDEKIQ_DEFAULTS)
                .requeued();
    }

    @Override
    public Recovery recoverOrphans(int maxCrashes, double now, DeadSetLimits limits) {
        double timeout = limits.timeout().getSeconds() + limits.timeout().getNano() / 1e9;
        List<String> keys = List.of(IN_PROGRESS, QUEUES, JobSet.DEAD.key());
        List<String> args =
                List.of(
                        Integer.toString(maxCrashes),
                        Double.toString(now),
                        Timestamps.scoreText(now),
                        Double.toString(now - timeout),
                        Integer.toString(limits.maxJobs()),
                        Json.write(POISON_PILL_CLASS),
                        Json.write(PoisonPillException.message(maxCrashes)),
                        Long.toString(CRASH_COUNT_TTL_SECONDS));
        Object reply =
                call("recoverOrphans", () -> LuaScript.RECOVER_ORPHANS.run(redis, keys, args));
        List<?> flat = (List<?>) reply;
        List<QueuedJob> requeued = new ArrayList<>();
        List<QueuedJob> killed = new ArrayList<>();
        for (int i = 0; i < flat.size(); i += 3) {
            QueuedJob job = new QueuedJob((String) flat.get(i), (String) flat.get(i + 1));
            (((Long) flat.get(i + 2)) == 1 ? requeued : killed).add(job);
        }
        return new Recovery(requeued, killed);
    }

    // Processes.

    /**
     * {@inheritDoc}
     *
     * <p>One MULTI: the counters (with their daily keys), the work hash under both its 6.4.2+ name
     * {@code IDENTITY:work} and its 6.4.1 name {@code IDENTITY:workers}, the {@code processes}
     * membership, the process hash with its expiry (60 seconds unless configured), and RPOP of one
     * signal.
     */
    @Override
    public Optional<String> heartbeat(ProcessBeat beat) {
        String identity = beat.identity();
        concurrency.put(identity, beat.concurrency());
        Map<String, String> record = new LinkedHashMap<>();
        record.put("info", beat.info());
        record.put("concurrency", Integer.toString(beat.concurrency()));
        record.put("busy", Integer.toString(beat.busy()));
        record.put("beat", Timestamps.scoreText(beat.beat()));
        record.put("quiet", Boolean.toString(beat.quiet()));
        record.put("rss", Long.toString(beat.rssKb()));
        record.put("rtt_us", Long.toString(beat.rttMicros()));

        String signal =
                call(
                        "heartbeat",
                        () -> {
                            try (AbstractTransaction tx = redis.multi()) {
                                addCounts(tx, beat.processed(), beat.failed(), beat.day());
                                tx.unlink(identity + ":work", identity + ":workers");
                                if (!beat.work().isEmpty()) {
                                    for (String workKey :
                                            List.of(identity + ":work", identity + ":workers")) {
                                        tx.hset(workKey, beat.work());
                                        tx.pexpire(workKey, beat.ttlMillis());
                                    }
                                }
                                tx.sadd(PROCESSES, identity);
                                tx.hset(identity, record);
                                tx.pexpire(identity, beat.ttlMillis());
                                Response<String> popped = tx.rpop(signalsKey(identity));
                                requireNoErrors(tx.exec());
                                return popped.get();
                            }
                        });
        return Optional.ofNullable(signal);
    }

    @Override
    public void removeProcess(String identity, long processed, long failed, LocalDate day) {
        registrations.keySet().removeIf(registration -> registration.identity().equals(identity));
        List<String> keys = List.of(IN_PROGRESS);
        List<String> args = List.of(identity);
        run(
                "removeProcess",
                () -> {
                    try (AbstractTransaction tx = redis.multi()) {
                        addCounts(tx, processed, failed, day);
                        tx.srem(PROCESSES, identity);
                        tx.unlink(identity + ":work", identity + ":workers");
                        Response<Object> forgotten =
                                LuaScript.FORGET_IN_PROGRESS.queue(tx, keys, args);
                        List<Object> replies = tx.exec();
                        requireNoErrors(replies.subList(0, replies.size() - 1));
                        LuaScript.FORGET_IN_PROGRESS.result(forgotten, redis, keys, args);
                    }
                });
    }

    private static void addCounts(
            AbstractTransaction tx, long processed, long failed, LocalDate day) {
        addCount(tx, "stat:processed", processed, day);
        addCount(tx, "stat:failed", failed, day);
    }

    private static void addCount(AbstractTransaction tx, String key, long count, LocalDate day) {
        if (count <= 0) {
            return;
        }
        String daily = key + ":" + day;
        tx.incrBy(key, count);
        tx.incrBy(daily, count);
        tx.expire(daily, DAILY_STAT_TTL_SECONDS);
    }

    @Override
    public void signal(String identity, String signal) {
        run(
                "signal",
                () -> {
                    try (AbstractTransaction tx = redis.multi()) {
                        tx.lpush(signalsKey(identity), signal);
                        tx.expire(signalsKey(identity), PROCESS_TTL_SECONDS);
                        requireNoErrors(tx.exec());
                    }
                });
    }

    // Reading.

    @Override
    public void clearQueue(String queue) {
        run(
                "clear " + queueKey(queue),
                () -> {
                    try (AbstractTransaction tx = redis.multi()) {
                        tx.unlink(queueKey(queue));
                        tx.srem(QUEUES, queue);
                        requireNoErrors(tx.exec());
                    }
                });
    }

    @Override
    public void clear(JobSet set) {
        run("clear " + set.key(), () -> redis.unlink(set.key()));
    }

    @Override
    public boolean remove(JobSet set, String payload) {
        return call("remove from " + set.key(), () -> redis.zrem(set.key(), payload)) > 0;
    }

    @Override
    public long queueSize(String queue) {
        return call("queueSize", () -> redis.llen(queueKey(queue)));
    }

    @Override
    public List<String> queuedJobs(String queue, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return reversed(call("queuedJobs", () -> redis.lrange(queueKey(queue), -limit, -1)));
    }

    @Override
    public Set<String> queueNames() {
        return call("queueNames", () -> redis.smembers(QUEUES));
    }

    @Override
    public long size(JobSet set) {
        return call("size of " + set.key(), () -> redis.zcard(set.key()));
    }

    @Override
    public List<SortedEntry> entries(JobSet set, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        List<Tuple> tuples =
                call(
                        "entries of " + set.key(),
                        () -> redis.zrangeWithScores(set.key(), 0, limit - 1L));
        return tuples.stream()
                .map(tuple -> new SortedEntry(tuple.getScore(), tuple.getElement()))
                .toList();
    }

    @Override
    public StatsSnapshot stats() {
        List<String> totals = call("stats", () -> redis.mget("stat:processed", "stat:failed"));
        return new StatsSnapshot(parseCount(totals.get(0)), parseCount(totals.get(1)));
    }

    private static long parseCount(String value) {
        return value == null ? 0 : Long.parseLong(value);
    }

    @Override
    public Set<String> processes() {
        return new LinkedHashSet<>(call("processes", () -> redis.smembers(PROCESSES)));
    }

    @Override
    public Map<String, String> processRecord(String identity) {
        return new HashMap<>(call("processRecord", () -> redis.hgetAll(identity)));
    }

    @Override
    public String describe() {
        return url.describe();
    }

    @Override
    public void close() {
        redis.close();
    }

    @Override
    public String toString() {
        return "RedisBackend[" + url.describe() + "]";
    }

    // Keys and helpers.

    private static String queueKey(String queue) {
        return "queue:" + queue;
    }

    private static String signalsKey(String identity) {
        return identity + "-signals";
    }

    static String inProgressKey(String identity, String queue) {
        return IN_PROGRESS + ":" + identity + ":" + queue;
    }

    /**
     * The registration of one in-progress list: its owner, its queue and, once the owner has
     * beaten, its concurrency, which tells recovery how many of the oldest jobs could have been
     * running when the owner died.
     */
    private String registration(String identity, String queue) {
        Integer running = concurrency.get(identity);
        return registrations.computeIfAbsent(
                new Registration(identity, queue, running),
                key -> {
                    Map<String, Object> owner = new LinkedHashMap<>();
                    owner.put("identity", identity);
                    owner.put("queue", queue);
                    if (running != null) {
                        owner.put("concurrency", running);
                    }
                    return Json.write(owner);
                });
    }

    /** What a registration says; each fetch sends it again, so its JSON is written once. */
    private record Registration(String identity, String queue, Integer concurrency) {}

    private static Map<String, Object> parseRegistration(String owner) {
        try {
            return Json.readObject(owner);
        } catch (MalformedPayloadException e) {
            return Map.of();
        }
    }

    /**
     * A pipeline or transaction reports a failed command as an error object among the replies
     * instead of throwing; this throws the first one, so that no failure goes unnoticed.
     */
    private static void requireNoErrors(List<Object> replies) {
        for (Object reply : replies) {
            if (reply instanceof JedisDataException error) {
                throw error;
            }
        }
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private void run(String operation, Runnable action) {
        call(
                operation,
                () -> {
                    action.run();
                    return null;
                });
    }

    private <T> T call(String operation, Supplier<T> action) {
        try {
            return action.get();
        } catch (JedisConnectionException e) {
            throw new BackendException(
                    "Redis "
                            + operation
                            + " failed: cannot reach "
                            + url.describe()
                            + " ("
                            + e.getMessage()
                            + "). Check that Redis is running"
                            + " there and that REDIS_URL points to it.",
                    e);
        } catch (JedisException e) {
            throw new BackendException(
                    "Redis " + operation + " failed on " + url.describe() + ": " + e.getMessage(),
                    e);
        }
    }
}
