package dev.errand.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errand.Errand;
import dev.errand.Job1;
import dev.errand.Job2;
import dev.errand.JobSpec;
import dev.errand.RawJob;
import dev.errand.Worker;
import dev.errand.WorkerConfig;
import dev.errand.backend.JobSet;
import dev.errand.backend.redis.TestRedis;
import dev.errand.wire.Json;
import dev.errand.wire.MalformedPayloadException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import redis.clients.jedis.Pipeline;

/**
 * 10,000 generated bad payloads (seeded, so a failure repeats) written straight into Redis, as a
 * foreign or broken client might: text that is not JSON, JSON that is not an object, fields of the
 * wrong type or missing, wrong argument counts and types, huge and deeply nested arguments, unicode
 * and lone surrogates, integers beyond 2^53, odd timestamps, errors whose messages are not valid
 * UTF-16. Most go on the queue, some into the schedule and retry sets as already due. The worker
 * must not crash, and every payload must end up somewhere a person can see it: run, in the retry
 * set, in the dead set, or dropped by its own rules with the death handlers told. Database 10.
 */
class FuzzTest {
    static final int PAYLOADS = 10_000;
    static final long SEED = 5L;
    static final String QUEUE = "fuzz";
    private static final Pattern MARK = Pattern.compile("#(\\d+)#");

    /** Takes anything. */
    public static final class Anything implements RawJob {
        @Override
        public void perform(List<Object> args) {}
    }

    /** Typed arguments, so conversions fail on the wrong types. */
    public static final class Typed implements Job2<String, Long> {
        @Override
        public void perform(String name, Long count) {}
    }

    /** A list of maps, for nested conversions. */
    public static final class Nested implements Job1<List<Map<String, Object>>> {
        @Override
        public void perform(List<Map<String, Object>> rows) {}
    }

    /** Throws errors with awkward messages: lone surrogates, 50,000 characters, none at all. */
    public static final class Thrower implements RawJob {
        @Override
        public void perform(List<Object> args) {
            Object kind = args.isEmpty() ? null : args.get(0);
            if ("surrogate".equals(kind)) {
                throw new IllegalStateException("bad \uD800 half \uDFFF pair");
            }
            if ("long".equals(kind)) {
                throw new IllegalStateException("x".repeat(50_000));
            }
            if ("throwing".equals(kind)) {
                throw new IllegalStateException() {
                    @Override
                    public String getMessage() {
                        throw new UnsupportedOperationException("no message for you");
                    }
                };
            }
            if ("error".equals(kind)) {
                throw new AssertionError("an Error, not an Exception");
            }
            throw new IllegalStateException((String) null);
        }
    }

    static final List<String> CLASSES =
            List.of(
                    Anything.class.getName(),
                    Typed.class.getName(),
                    Nested.class.getName(),
                    Thrower.class.getName(),
                    "Ruby::OnlyJob",
                    "");

    private static TestRedis redis;

    @BeforeAll
    static void connect() {
        redis = TestRedis.database(10);
    }

    @AfterAll
    static void disconnect() {
        redis.close();
    }

    @Test
    @Timeout(180)
    void badPayloads_neverCrashTheWorkerAndAllLandSomewhereVisible() throws Exception {
        redis.flush();
        Random random = new Random(SEED);
        int scheduled = 0;
        try (Pipeline pipeline = redis.jedis().pipelined()) {
            for (int i = 0; i < PAYLOADS; i++) {
                String payload = generate(random, i);
                int where = random.nextInt(20);
                if (where == 0) {
                    pipeline.zadd(JobSet.SCHEDULE.key(), 1_000_000 + i, payload);
                    scheduled++;
                } else if (where == 1) {
                    pipeline.zadd(JobSet.RETRY.key(), 1_000_000 + i, payload);
                    scheduled++;
                } else {
                    pipeline.lpush("queue:" + QUEUE, payload);
                }
            }
            pipeline.sync();
        }
        Set<Integer> ran = ConcurrentHashMap.newKeySet();
        Set<Integer> toldDeath = ConcurrentHashMap.newKeySet();
        AtomicInteger uncaught = new AtomicInteger();
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> uncaught.incrementAndGet());
        long started = System.nanoTime();

        Errand errand = Errand.redis(redis.url());
        Worker worker =
                errand.worker(WorkerConfig.builder().concurrency(4).queues(QUEUE).build())
                        .register(JobSpec.of(Anything.class).build(), Anything::new)
                        .register(JobSpec.of(Typed.class).build(), Typed::new)
                        .register(JobSpec.of(Nested.class).build(), Nested::new)
                        .register(JobSpec.of(Thrower.class).build(), Thrower::new)
                        .middleware(
                                (job, queue, next) -> {
                                    next.proceed();
                                    markOf(job.fields().get("fuzz"), job.json().orElse(""))
                                            .ifPresent(ran::add);
                                })
                        .onDeath(
                                (job, error) ->
                                        markOf(job.fields().get("fuzz"), job.json().orElse(""))
                                                .ifPresent(toldDeath::add))
                        .start();
        try {
            awaitDrained();
            Thread.sleep(1_500); // the last acknowledgements and beats
            int threads = processorThreads();
            Set<Integer> retried = marks(JobSet.RETRY);
            Set<Integer> dead = marks(JobSet.DEAD);
            Set<Integer> parked = parkedInOtherQueues();
            Set<Integer> accounted = new HashSet<>(ran);
            accounted.addAll(retried);
            accounted.addAll(dead);
            accounted.addAll(toldDeath);
            accounted.addAll(parked);
            Set<Integer> missing = new HashSet<>();
            for (int i = 0; i < PAYLOADS; i++) {
                if (!accounted.contains(i)) {
                    missing.add(i);
                }
            }

            System.out.printf(
                    "FuzzTest: %d payloads (seed %d, %d via the schedule and retry sets) in %d ms:"
                        + " %d ran, %d in the retry set, %d in the dead set, %d dropped by their"
                        + " rules, %d waiting on queues they name, %d unaccounted, %d crashes;"
                        + " worker %s%n",
                    PAYLOADS,
                    SEED,
                    scheduled,
                    (System.nanoTime() - started) / 1_000_000,
                    ran.size(),
                    retried.size(),
                    dead.size(),
                    onlyTold(toldDeath, retried, dead),
                    parked.size(),
                    missing.size(),
                    uncaught.get(),
                    worker.isRunning() ? "running" : "STOPPED");
            assertThat(missing)
                    .as("payloads nobody can see (first ones regenerated: %s)", regenerate(missing))
                    .isEmpty();
            assertThat(uncaught.get()).as("uncaught exceptions in worker threads").isZero();
            assertThat(threads).as("processor threads alive").isGreaterThanOrEqualTo(4);
            assertThat(worker.isRunning()).isTrue();
        } finally {
            worker.stop(Duration.ofSeconds(5));
            errand.close();
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
    }

    private static long onlyTold(Set<Integer> told, Set<Integer> retried, Set<Integer> dead) {
        return told.stream().filter(i -> !retried.contains(i) && !dead.contains(i)).count();
    }

    private static List<String> regenerate(Set<Integer> missing) {
        Random random = new Random(SEED);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < PAYLOADS && found.size() < 5; i++) {
            String payload = generate(random, i);
            random.nextInt(20);
            if (missing.contains(i)) {
                found.add(payload.length() > 300 ? payload.substring(0, 300) + "..." : payload);
            }
        }
        return found;
    }

    private static int processorThreads() {
        return (int)
                Thread.getAllStackTraces().keySet().stream()
                        .filter(
                                thread ->
                                        thread.getName().startsWith("errand-processor-")
                                                && thread.isAlive())
                        .count();
    }

    private static void awaitDrained() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        while (System.nanoTime() < deadline) {
            boolean empty =
                    redis.jedis().llen("queue:" + QUEUE) == 0
                            && redis.jedis().zcount(JobSet.SCHEDULE.key(), "-inf", "2000000") == 0
                            && redis.jedis().zcount(JobSet.RETRY.key(), "-inf", "2000000") == 0
                            && redis.jedis().keys("errand:inprogress:*").stream()
                                    .allMatch(list -> redis.jedis().llen(list) == 0);
            if (empty) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the worker did not drain the fuzz queue within 150 s");
    }

    /** Jobs the scheduler moved to a queue they name that this worker does not serve. */
    private static Set<Integer> parkedInOtherQueues() {
        Set<Integer> found = new HashSet<>();
        for (String queue : redis.jedis().smembers("queues")) {
            for (String job : redis.jedis().lrange("queue:" + queue, 0, -1)) {
                markOf(null, job).ifPresent(found::add);
            }
        }
        return found;
    }

    private static Set<Integer> marks(JobSet set) {
        Set<Integer> found = new HashSet<>();
        for (String entry : redis.jedis().zrange(set.key(), 0, -1)) {
            Object fuzz = null;
            try {
                fuzz = Json.readObject(entry).get("fuzz");
            } catch (MalformedPayloadException | IllegalArgumentException e) {
                // Not an object: the mark is in the text.
            }
            markOf(fuzz, entry).ifPresent(found::add);
        }
        return found;
    }

    private static java.util.Optional<Integer> markOf(Object fuzz, String text) {
        if (fuzz instanceof Integer n) {
            return java.util.Optional.of(n);
        }
        Matcher matcher = MARK.matcher(text);
        return matcher.find()
                ? java.util.Optional.of(Integer.parseInt(matcher.group(1)))
                : java.util.Optional.empty();
    }

    // The generator. Every payload carries its number as #n# in its text, and as a top-level
    // "fuzz" field when it is a JSON object.

    static String generate(Random random, int n) {
        String mark = "\"#" + n + "#\"";
        switch (random.nextInt(16)) {
            case 0:
                return notJson(random, n);
            case 1:
                return pick(
                        random,
                        "[" + mark + "]",
                        mark,
                        "[1,2," + mark + "]",
                        "{\"fuzz\":" + n + ",\"m\":" + mark + "}[]",
                        "{\"a\":" + mark + "}{}");
            default:
                return object(random, n);
        }
    }

    private static String notJson(Random random, int n) {
        return pick(
                random,
                "#" + n + "# not json",
                "{#" + n + "#",
                "{\"class\":\"#" + n + "#",
                "\uD800#" + n + "#\uDFFF",
                "#" + n + "#\u0000\u0001",
                "{'class':'#" + n + "#'}",
                "{\"class\":\"X\",\"args\":[NaN],\"m\":\"#" + n + "#\"}",
                "{\"class\":\"X\",\"class\":\"Y\",\"args\":[],\"m\":\"#" + n + "#\"}",
                "   #" + n + "#   ");
    }

    private static String object(Random random, int n) {
        List<String> members = new ArrayList<>();
        members.add("\"fuzz\":" + n);
        members.add("\"mark\":\"#" + n + "#\"");
        String className = CLASSES.get(random.nextInt(CLASSES.size()));
        if (random.nextInt(12) != 0) {
            members.add(
                    "\"class\":"
                            + pick(
                                    random,
                                    Json.write(className),
                                    Json.write(className),
                                    Json.write(className),
                                    "5",
                                    "null",
                                    "[\"" + className + "\"]",
                                    "{}"));
        }
        if (random.nextInt(12) != 0) {
            members.add("\"args\":" + args(random, className));
        }
        if (random.nextInt(4) == 0) {
            members.add(
                    "\"jid\":"
                            + pick(random, "\"j" + n + "\"", "12345", "null", "\"\"", "[\"j\"]"));
        } else {
            members.add("\"jid\":\"" + String.format("%024x", n) + "\"");
        }
        if (random.nextInt(3) == 0) {
            members.add(
                    "\"queue\":"
                            + pick(
                                    random,
                                    "\"" + QUEUE + "\"",
                                    "\"\"",
                                    "7",
                                    "null",
                                    "[\"a\"]",
                                    "\"q\\u0000x\""));
        } else {
            members.add("\"queue\":\"" + QUEUE + "\"");
        }
        if (random.nextInt(2) == 0) {
            members.add(
                    "\"retry\":"
                            + pick(
                                    random,
                                    "true",
                                    "false",
                                    "0",
                                    "3",
                                    "-5",
                                    "1e30",
                                    "\"yes\"",
                                    "null",
                                    "[]",
                                    "2.5",
                                    "99999999999999999999"));
        }
        if (random.nextInt(4) == 0) {
            members.add(
                    "\"retry_count\":"
                            + pick(
                                    random,
                                    "0",
                                    "\"3\"",
                                    "-1",
                                    "1e300",
                                    "null",
                                    "{}",
                                    "2147483648",
                                    "24"));
        }
        if (random.nextInt(4) == 0) {
            members.add(
                    pick(
                                    random,
                                    "\"created_at\"",
                                    "\"enqueued_at\"",
                                    "\"failed_at\"",
                                    "\"retried_at\"",
                                    "\"at\"",
                                    "\"retry_for\"")
                            + ":"
                            + pick(
                                    random,
                                    "1796310363.590106",
                                    "1796310363590",
                                    "\"2026-12-03T10:00:00Z\"",
                                    "-1",
                                    "1e300",
                                    "\"soon\"",
                                    "[]",
                                    "null",
                                    "99999999999999999999999",
                                    "0.0",
                                    "\"1796310363.5\""));
        }
        if (random.nextInt(6) == 0) {
            members.add(
                    "\"backtrace\":"
                            + pick(
                                    random,
                                    "true",
                                    "5",
                                    "-1",
                                    "\"all\"",
                                    "2147483647",
                                    "1e10",
                                    "{}"));
        }
        if (random.nextInt(6) == 0) {
            members.add(
                    pick(
                                    random,
                                    "\"error_message\"",
                                    "\"error_class\"",
                                    "\"exception_executions\"",
                                    "\"retry_queue\"",
                                    "\"dead\"",
                                    "\"tags\"",
                                    "\"wrapped\"")
                            + ":"
                            + pick(
                                    random,
                                    "\"\\ud800 lone\"",
                                    "\"\\udfff\"",
                                    "5",
                                    "{\"k\":\"v\"}",
                                    "[1,{}]",
                                    "null",
                                    "\"\\u0000\"",
                                    "false",
                                    "{\"rule\":\"x\"}",
                                    "\"" + "m".repeat(20_000) + "\""));
        }
        java.util.Collections.shuffle(members, random);
        return "{" + String.join(",", members) + "}";
    }

    private static String args(Random random, String className) {
        switch (random.nextInt(14)) {
            case 0:
                return pick(random, "\"args\"", "5", "null", "{}", "true");
            case 1:
                return "[\"" + "x".repeat(200_000 + random.nextInt(100_000)) + "\"]";
            case 2:
                int depth = pick(random, 50, 900, 1_500, 5_000);
                return "[" + "[".repeat(depth) + "1" + "]".repeat(depth) + "]";
            case 3:
                return "[\"h\u00e9llo \u4e16\u754c \uD83D\uDE00\",\"\\ud83d\\ude00\","
                        + "\"\\ud800\",\"\\u0000\\u001f\"]";
            case 4:
                return "["
                        + pick(
                                random,
                                "9007199254740993",
                                "123456789012345678901234567890",
                                "-9223372036854775809",
                                "1e400",
                                "-0",
                                "0.1",
                                "1E+2")
                        + "]";
            case 5:
                return "[\"name\","
                        + pick(
                                random,
                                "9007199254740993",
                                "\"12\"",
                                "1.5",
                                "null",
                                "[1]",
                                "99999999999999999999",
                                "true")
                        + "]";
            case 6:
                return "[[{\"a\":1},{\"b\":[1,2]},"
                        + pick(random, "5", "[]", "{\"c\":null}", "\"s\"")
                        + "]]";
            case 7:
                return pick(
                        random,
                        "[\"surrogate\"]",
                        "[\"long\"]",
                        "[\"throwing\"]",
                        "[\"error\"]",
                        "[null]");
            case 8:
                return "[]";
            case 9:
                return "[1,2,3,4,5,6,7,8,9,10]";
            case 10:
                return "[{\"_aj_globalid\":\"gid://app/User/1\",\"k\":[{},[],null]}]";
            default:
                return className.equals(Typed.class.getName()) ? "[\"ok\",42]" : "[1,\"two\"]";
        }
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }
}
