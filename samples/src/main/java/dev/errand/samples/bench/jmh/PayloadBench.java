package dev.errand.samples.bench.jmh;

import dev.errand.JobSpec;
import dev.errand.PushOptions;
import dev.errand.client.PayloadWriter;
import dev.errand.samples.bench.NoopJob;
import dev.errand.samples.bench.RunCounter;
import dev.errand.wire.Json;
import dev.errand.wire.Payload;
import dev.errand.wire.PayloadReader;
import dev.errand.worker.Invoker;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The wire format both ways: building and writing one job's JSON as the client does (argument
 * checks, a fresh jid, timestamps), and reading it back as the worker does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PayloadBench {
    private static final JobSpec<NoopJob> SPEC = NoopJob.SPEC;

    private List<Long> args;
    private Instant now;
    private String json;
    private final RunCounter counter = new RunCounter();

    @Setup
    public void setUp() {
        args = List.of(42L);
        now = Instant.now();
        json = Json.write(PayloadWriter.build(SPEC, args, PushOptions.NOW, now));
    }

    @Benchmark
    public String encode() {
        Map<String, Object> job = PayloadWriter.build(SPEC, args, PushOptions.NOW, now);
        return Json.write(job);
    }

    /** The whole payload into a map, with the type resolved once. */
    @Benchmark
    public Payload decode() {
        return Payload.parse(json);
    }

    /** The whole payload into a map through the mapper, as the worker read it before. */
    @Benchmark
    public Map<String, Object> decodeWithMapper() {
        return Json.readObject(json);
    }

    /** Only what running the job needs, as the worker reads it now. */
    @Benchmark
    public Payload decodeForRun() {
        return PayloadReader.read(json);
    }

    /** The worker's per-job path without the backend: read, make the job, convert, perform. */
    @Benchmark
    public void decodeAndInvoke() throws Exception {
        Payload payload = PayloadReader.read(json);
        Invoker.invoke(new NoopJob(counter), SPEC, payload.args());
    }
}
