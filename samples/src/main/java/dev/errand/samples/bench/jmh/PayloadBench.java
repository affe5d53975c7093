package dev.errand.samples.bench.jmh;

import dev.errand.JobSpec;
import dev.errand.PushOptions;
import dev.errand.client.PayloadWriter;
import dev.errand.samples.bench.NoopJob;
import dev.errand.wire.Json;
import dev.errand.wire.Payload;
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

    @Benchmark
    public Payload decode() {
        return Payload.parse(json);
    }
}
