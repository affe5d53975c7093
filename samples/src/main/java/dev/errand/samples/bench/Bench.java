package dev.errand.samples.bench;

import dev.errand.Errand;
import dev.errand.PushOptions;
import dev.errand.Worker;
import dev.errand.WorkerConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/**
 * Errand side by side with Sidekiq 6.4.1 and with a bare Jedis loop, in one run on one Redis
 * database (15 by default, emptied with FLUSHDB before and after; never another database). Each
 * throughput figure is the median of {@code BENCH_RUNS} rounds (default 3) after unmeasured warm-up
 * rounds ({@code BENCH_WARMUP}, default 3, for the drains and the bulk enqueue; one for the rest);
 * ratios compare figures of the same run.
 *
 * <pre>
 * samples/bench/run [JOBS]        # default 200,000 jobs per round
 * BENCH_RUNS=5 BENCH_REDIS_URL=redis://127.0.0.1:6379/15 BENCH_SIDEKIQ=0 samples/bench/run
 * </pre>
 *
 * <p>Both sides run with per-job log lines off (Errand's sample logger at WARN, Sidekiq's logger at
 * WARN), so a drain measures the job machinery and not a terminal.
 */
public final class Bench {
    static final String DEFAULT_URL = "redis://127.0.0.1:6379/15";
    static final int CONCURRENCY = 10;
    static final int LATENCY_RATE = 1000;
    static final int LATENCY_SECONDS = 5;
    static final int SCHEDULED_JOBS = 1000;
    static final long RSS_LOAD_SECONDS = 8;
    private static final String STAGE = "bench-stage";
    private static final String BARE = "bench-bare";

    private final int jobs;
    private final int runs;
    private final String url;
    private final Path scripts;
    private final Jedis jedis;
    private final List<List<Long>> argumentLists;
    private final List<Long> ids;
    private final List<String> rows = new ArrayList<>();
    private static List<String> only;

    /**
     * Unmeasured drain rounds first: the JIT needs a few hundred thousand jobs before the worker's
     * code runs at its steady speed, the bare loop far fewer.
     */
    private static int warmups;

    private Bench(int jobs, int runs, String url, Path scripts, Jedis jedis) {
        this.jobs = jobs;
        this.runs = runs;
        this.url = url;
        this.scripts = scripts;
        this.jedis = jedis;
        this.ids = LongStream.rangeClosed(1, jobs).boxed().toList();
        this.argumentLists = ids.stream().map(List::of).toList();
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("rss-worker")) {
            RssWorker.run(args[1]);
            return;
        }
        int jobs = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 200_000;
        int runs = Integer.parseInt(env("BENCH_RUNS", "3"));
        warmups = Integer.parseInt(env("BENCH_WARMUP", "3"));
        String url = env("BENCH_REDIS_URL", DEFAULT_URL);
        Path scripts = Path.of(System.getProperty("bench.dir", "samples/bench"));
        boolean sidekiq = !env("BENCH_SIDEKIQ", "1").equals("0");
        only = List.of(env("BENCH_ONLY", "latency,lateness,rss,memory").split(","));
        try (Jedis jedis = connect(url)) {
            jedis.flushDB();
            try {
                new Bench(jobs, runs, url, scripts, jedis).runAll(sidekiq);
            } finally {
                jedis.flushDB();
            }
        }
    }

    private void runAll(boolean withSidekiq) throws Exception {
        log(
                "errand benchmark: %,d jobs per round, median of %d rounds, %s, %d cpus, java %s",
                jobs, runs, url, Runtime.getRuntime().availableProcessors(), Runtime.version());
        SidekiqFigures sidekiq = withSidekiq ? runSidekiq() : null;

        List<Double> drain = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        List<Double> enqueue = new ArrayList<>();
        try (Errand errand = Errand.redis(url)) {
            for (int round = 1 - warmups; round <= runs; round++) {
                CpuMeter cpu = new CpuMeter(jedis);
                double errandRate = rate(jobs, errandDrain(errand, cpu));
                String errandCpu = cpu.perJob(jobs);
                double bareRate = rate(jobs, bareDrain(errand, cpu));
                log("errand drain: %s; bare loop: %s", errandCpu, cpu.perJob(jobs));
                double enqueueRate = rate(jobs, enqueueAll(errand));
                log(
                        "round %s: errand drain %,.0f jobs/s, bare loop %,.0f jobs/s, enqueueAll"
                                + " %,.0f jobs/s",
                        round <= 0 ? "warm-up" : round, errandRate, bareRate, enqueueRate);
                if (round > 0) {
                    drain.add(errandRate);
                    bare.add(bareRate);
                    enqueue.add(enqueueRate);
                }
            }
            row(
                    "no-op drain, Redis (jobs/s)",
                    median(drain),
                    "Sidekiq 6.4.1 -c " + CONCURRENCY,
                    sidekiq == null ? null : median(sidekiq.drainRates(jobs)),
                    "x",
                    ">= 20x");
            row(
                    "no-op drain vs ceiling (jobs/s)",
                    median(drain),
                    "bare Jedis loop",
                    median(bare),
                    "%",
                    ">= 60 %");
            row(
                    "bulk enqueue (jobs/s)",
                    median(enqueue),
                    "Sidekiq push_bulk",
                    sidekiq == null ? null : median(sidekiq.pushRates(jobs)),
                    "x",
                    ">= 5x");

            if (only.contains("latency")) {
                double[] latency = latency(errand);
                row("enqueue to start p50 (ms)", latency[0], "target", 1.0, "/", "<= 1 ms");
                row("enqueue to start p99 (ms)", latency[1], "target", 5.0, "/", "<= 5 ms");
            }
            if (only.contains("lateness")) {
                double[] lateness = lateness(errand);
                row("scheduled lateness p50 (ms)", lateness[0], "-", null, "", "");
                row("scheduled lateness p99 (ms)", lateness[1], "target", 100.0, "/", "<= 100 ms");
            }
            if (only.contains("rss")) {
                double[] rss = residentMemory(errand);
                row(
                        String.format(
                                Locale.ROOT,
                                "worker RSS, -Xmx64m, c=25 (MB, %,.0f jobs/s)",
                                rss[1]),
                        rss[0],
                        "target",
                        150.0,
                        "/",
                        "<= 150 MB");
            }
        }
        if (only.contains("memory")) {
            row(
                    "no-op drain, in-memory (jobs/s)",
                    median(inMemoryDrains()),
                    "Errand on Redis",
                    median(drain),
                    "x",
                    "");
        }
        printTable();
    }

    // Sidekiq.

    private record SidekiqFigures(List<Double> pushSeconds, List<Double> drainSeconds) {
        List<Double> pushRates(int jobs) {
            return pushSeconds.stream().map(s -> jobs / s).toList();
        }

        List<Double> drainRates(int jobs) {
            return drainSeconds.stream().map(s -> jobs / s).toList();
        }
    }

    private SidekiqFigures runSidekiq() throws Exception {
        Path script = scripts.resolve("sidekiq_bench.rb");
        ProcessBuilder builder =
                new ProcessBuilder(
                        "ruby",
                        script.toString(),
                        Integer.toString(jobs),
                        Integer.toString(runs),
                        Integer.toString(CONCURRENCY));
        builder.environment().put("REDIS_URL", url);
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process ruby = builder.start();
        List<Double> push = new ArrayList<>();
        List<Double> drain = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(
                        new InputStreamReader(ruby.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                String[] parts = line.trim().split(" ");
                if (parts.length == 2 && parts[0].equals("push_bulk_seconds")) {
                    push.add(Double.parseDouble(parts[1]));
                    log("sidekiq push_bulk %,.0f jobs/s", jobs / push.get(push.size() - 1));
                } else if (parts.length == 2 && parts[0].equals("drain_seconds")) {
                    drain.add(Double.parseDouble(parts[1]));
                    log("sidekiq drain %,.0f jobs/s", jobs / drain.get(drain.size() - 1));
                } else {
                    log("ruby: %s", line);
                }
            }
        }
        if (ruby.waitFor() != 0 || drain.size() != runs) {
            throw new IllegalStateException(
                    "the Sidekiq side failed (exit " + ruby.exitValue() + "); see the lines above");
        }
        jedis.flushDB();
        return new SidekiqFigures(push, drain);
    }

    // Errand on Redis.

    /**
     * Starts an idle worker, stages the jobs on another list, renames it onto the worker's queue
     * and times from the rename to the last job's run.
     */
    private long errandDrain(Errand errand, CpuMeter cpu) throws Exception {
        RunCounter counter = new RunCounter();
        Worker worker =
                errand.worker(
                                WorkerConfig.builder()
                                        .concurrency(CONCURRENCY)
                                        .queues(NoopJob.QUEUE)
                                        .build())
                        .register(NoopJob.SPEC, () -> new NoopJob(counter))
                        .start();
        try {
            errand.push(NoopJob.SPEC, argumentLists, PushOptions.NOW.withQueue(STAGE));
            counter.expect(jobs);
            Thread.sleep(200);
            cpu.start();
            long started = System.nanoTime();
            jedis.rename("queue:" + STAGE, "queue:" + NoopJob.QUEUE);
            long done = counter.awaitReached(10, TimeUnit.MINUTES);
            cpu.stop();
            requireEmpty(NoopJob.QUEUE);
            return done - started;
        } finally {
            worker.stop();
        }
    }

    private long bareDrain(Errand errand, CpuMeter cpu) throws Exception {
        errand.push(NoopJob.SPEC, argumentLists, PushOptions.NOW.withQueue(BARE));
        cpu.start();
        long elapsed = BareLoop.drain(jedis, BARE, jobs);
        cpu.stop();
        return elapsed;
    }

    private long enqueueAll(Errand errand) {
        long started = System.nanoTime();
        errand.enqueueAll(NoopJob.SPEC, ids);
        long elapsed = System.nanoTime() - started;
        jedis.del("queue:" + NoopJob.QUEUE);
        return elapsed;
    }

    /** p50 and p99 (ms) of enqueue-to-start at a fixed rate; medians over the rounds. */
    // One enqueue per job, paced: the latency of each single enqueue is what this measures.
    @SuppressWarnings("errand:EnqueueInLoop")
    private double[] latency(Errand errand) throws Exception {
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        for (int round = 0; round <= runs; round++) {
            int count = round == 0 ? LATENCY_RATE : LATENCY_RATE * LATENCY_SECONDS;
            Samples samples = new Samples(count);
            Worker worker = startWorker(() -> registerLatency(errand, samples));
            try {
                long start = System.nanoTime();
                long interval = TimeUnit.SECONDS.toNanos(1) / LATENCY_RATE;
                for (int i = 0; i < count; i++) {
                    long wait = start + i * interval - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    errand.enqueue(LatencyJob.SPEC, System.nanoTime());
                }
                awaitSamples(samples, count);
            } finally {
                worker.stop();
            }
            log(
                    "round %s: enqueue to start p50 %.3f ms, p99 %.3f ms, max %.3f ms (%,d jobs"
                            + " at %,d/s)",
                    round == 0 ? "warm-up" : round,
                    samples.quantileMillis(0.5),
                    samples.quantileMillis(0.99),
                    samples.quantileMillis(1.0),
                    count,
                    LATENCY_RATE);
            if (round > 0) {
                p50.add(samples.quantileMillis(0.5));
                p99.add(samples.quantileMillis(0.99));
            }
        }
        return new double[] {median(p50), median(p99)};
    }

    private static Worker registerLatency(Errand errand, Samples samples) {
        return errand.worker(
                        WorkerConfig.builder()
                                .concurrency(CONCURRENCY)
                                .queues(LatencyJob.SPEC.queueFor(List.of()))
                                .build())
                .register(LatencyJob.SPEC, () -> new LatencyJob(samples));
    }

    private static Worker registerLateness(Errand errand, Samples samples) {
        return errand.worker(
                        WorkerConfig.builder()
                                .concurrency(CONCURRENCY)
                                .queues(LatenessJob.SPEC.queueFor(List.of()))
                                .build())
                .register(LatenessJob.SPEC, () -> new LatenessJob(samples));
    }

    /** p50 and p99 (ms) of how late scheduled jobs start; medians over the rounds. */
    // One enqueueAt per job, each with its own due time, as an application schedules them.
    @SuppressWarnings("errand:EnqueueInLoop")
    private double[] lateness(Errand errand) throws Exception {
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        for (int round = 1; round <= runs; round++) {
            Samples samples = new Samples(SCHEDULED_JOBS);
            Worker worker = startWorker(() -> registerLateness(errand, samples));
            try {
                Instant first = Instant.now().plusSeconds(1);
                for (int i = 0; i < SCHEDULED_JOBS; i++) {
                    Instant due = first.plusMillis(4L * i);
                    errand.enqueueAt(LatenessJob.SPEC, due, LatenessJob.epochMicros(due));
                }
                awaitSamples(samples, SCHEDULED_JOBS);
            } finally {
                worker.stop();
            }
            log(
                    "round %d: scheduled lateness p50 %.3f ms, p99 %.3f ms, max %.3f ms (%,d jobs"
                            + " due over %d s)",
                    round,
                    samples.quantileMillis(0.5),
                    samples.quantileMillis(0.99),
                    samples.quantileMillis(1.0),
                    SCHEDULED_JOBS,
                    SCHEDULED_JOBS * 4 / 1000);
            p50.add(samples.quantileMillis(0.5));
            p99.add(samples.quantileMillis(0.99));
        }
        return new double[] {median(p50), median(p99)};
    }

    /** Starts a worker and gives its threads a moment to reach their first fetch. */
    private static Worker startWorker(Supplier<Worker> make) throws InterruptedException {
        Worker worker = make.get().start();
        Thread.sleep(200);
        return worker;
    }

    private static void awaitSamples(Samples samples, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (samples.count() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "only " + samples.count() + " of " + count + " jobs ran within 60 s");
            }
            Thread.sleep(5);
        }
    }

    /**
     * Peak VmRSS (MB) of a child worker JVM with -Xmx64m at concurrency 25 while this process keeps
     * its queue full, and the rate (jobs/s) the child ran at meanwhile.
     */
    private double[] residentMemory(Errand errand) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder =
                new ProcessBuilder(
                        java,
                        "-Xmx64m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Bench.class.getName(),
                        "rss-worker",
                        url);
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process child = builder.start();
        try (BufferedReader out =
                        new BufferedReader(
                                new InputStreamReader(
                                        child.getInputStream(), StandardCharsets.UTF_8));
                OutputStream in = child.getOutputStream()) {
            String ready = out.readLine();
            if (!"ready".equals(ready)) {
                throw new IllegalStateException("the worker JVM did not start: " + ready);
            }
            long peakKb = 0;
            long started = System.nanoTime();
            long end = started + TimeUnit.SECONDS.toNanos(RSS_LOAD_SECONDS);
            List<List<Long>> batch = argumentLists.subList(0, Math.min(5000, jobs));
            while (System.nanoTime() < end) {
                if (jedis.llen("queue:" + RssWorker.QUEUE) < 20_000) {
                    errand.push(RssWorker.SPEC, batch, PushOptions.NOW);
                }
                peakKb = Math.max(peakKb, statusKb(child.pid(), "VmRSS:"));
                Thread.sleep(50);
            }
            peakKb = Math.max(peakKb, statusKb(child.pid(), "VmHWM:"));
            double seconds = (System.nanoTime() - started) / 1e9;
            in.close();
            String ran = out.readLine();
            long count =
                    ran != null && ran.startsWith("ran ") ? Long.parseLong(ran.substring(4)) : 0;
            log(
                    "worker JVM %d: peak RSS %,d KB, ran %,d jobs in %.1f s",
                    child.pid(), peakKb, count, seconds);
            return new double[] {peakKb / 1024.0, count / seconds};
        } finally {
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
            jedis.del("queue:" + RssWorker.QUEUE);
        }
    }

    private static long statusKb(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
            }
        }
        return 0;
    }

    // Errand in memory.

    private List<Double> inMemoryDrains() throws Exception {
        List<Double> rates = new ArrayList<>();
        for (int round = 0; round <= runs; round++) {
            try (Errand errand = Errand.inMemory()) {
                errand.enqueueAll(NoopJob.SPEC, ids);
                RunCounter counter = new RunCounter();
                counter.expect(jobs);
                long started = System.nanoTime();
                Worker worker =
                        errand.worker(
                                        WorkerConfig.builder()
                                                .concurrency(CONCURRENCY)
                                                .queues(NoopJob.QUEUE)
                                                .build())
                                .register(NoopJob.SPEC, () -> new NoopJob(counter))
                                .start();
                try {
                    double rate = rate(jobs, counter.awaitReached(10, TimeUnit.MINUTES) - started);
                    log(
                            "round %s: in-memory drain %,.0f jobs/s",
                            round == 0 ? "warm-up" : round, rate);
                    if (round > 0) {
                        rates.add(rate);
                    }
                } finally {
                    worker.stop();
                }
            }
        }
        return rates;
    }

    // Figures and the table.

    private void requireEmpty(String queue) {
        long left = jedis.llen("queue:" + queue);
        if (left != 0) {
            throw new IllegalStateException(
                    "queue:" + queue + " still holds " + left + " jobs after the last one ran");
        }
    }

    /** Adds a row; {@code ratioKind} is x (errand / anchor), % (errand / anchor), / (same). */
    private void row(
            String measure,
            double errand,
            String anchorName,
            Double anchor,
            String ratioKind,
            String target) {
        String ratio = "";
        if (anchor != null && anchor > 0) {
            double r = errand / anchor;
            ratio =
                    switch (ratioKind) {
                        case "x" -> String.format(Locale.ROOT, "%.1fx", r);
                        case "%" -> String.format(Locale.ROOT, "%.0f %%", 100 * r);
                        case "/" -> String.format(Locale.ROOT, "%.2f of target", r);
                        default -> "";
                    };
        }
        rows.add(
                String.format(
                        Locale.ROOT,
                        "| %s | %s | %s | %s | %s | %s |",
                        measure,
                        number(errand),
                        anchorName,
                        anchor == null ? "-" : number(anchor),
                        ratio,
                        target));
    }

    private void printTable() {
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "%,d jobs per round, median of %d rounds, concurrency %d," + " %s%n%n",
                jobs,
                runs,
                CONCURRENCY,
                url);
        System.out.println("| measure | Errand | anchor | anchor value | ratio | target |");
        System.out.println("|---|---:|---|---:|---:|---|");
        rows.forEach(System.out::println);
    }

    private static String number(double value) {
        return value >= 100
                ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double rate(int jobs, long nanos) {
        return jobs / (nanos / 1e9);
    }

    private static void log(String format, Object... args) {
        System.err.println("[bench] " + String.format(Locale.ROOT, format, args));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** A plain connection to the bench database; refuses database 0. */
    private static Jedis connect(String url) {
        URI uri = URI.create(url);
        String path = uri.getPath() == null ? "" : uri.getPath().replace("/", "");
        int database = path.isEmpty() ? 0 : Integer.parseInt(path);
        if (database == 0) {
            throw new IllegalArgumentException(
                    "BENCH_REDIS_URL: the benchmark empties its"
                            + " database, so it refuses database 0; got "
                            + url);
        }
        DefaultJedisClientConfig.Builder config =
                DefaultJedisClientConfig.builder().database(database);
        if (uri.getUserInfo() != null) {
            String[] user = uri.getUserInfo().split(":", 2);
            if (user.length == 2) {
                config.user(user[0].isEmpty() ? null : user[0]).password(user[1]);
            } else {
                config.password(user[0]);
            }
        }
        return new Jedis(
                new HostAndPort(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort()),
                config.build());
    }
}
