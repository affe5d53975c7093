package dev.errand.samples.bench.jmh;

import dev.errand.backend.QueuedJob;
import dev.errand.backend.memory.InMemoryBackend;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The fetch loop on the in-memory backend, as the fetcher drives it: each call acknowledges the
 * previous batch and takes the next one. The taken payloads are pushed again so the queue never
 * runs dry; the figure is per job and includes that push.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FetchBench {
    private static final String QUEUE = "bench";
    private static final List<String> QUEUES = List.of(QUEUE);
    private static final String IDENTITY = "jmh:1:fetch";
    private static final int BATCH = 20;

    @Param({"1000"})
    public int queued;

    private InMemoryBackend backend;
    private List<QueuedJob> inHand = List.of();

    @Setup
    public void setUp() {
        backend = new InMemoryBackend();
        List<QueuedJob> jobs = new ArrayList<>(queued);
        for (int i = 0; i < queued; i++) {
            jobs.add(
                    new QueuedJob(
                            QUEUE,
                            "{\"class\":\"NoopJob\",\"args\":["
                                    + i
                                    + "],"
                                    + "\"jid\":\""
                                    + String.format("%024x", i)
                                    + "\"}"));
        }
        backend.push(jobs);
    }

    @TearDown
    public void tearDown() {
        backend.close();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public List<QueuedJob> fetchAndAcknowledge() {
        List<QueuedJob> taken = backend.fetch(IDENTITY, QUEUES, BATCH, Duration.ZERO, inHand);
        backend.push(taken);
        inHand = taken;
        return taken;
    }
}
