package dev.errand.samples.bench.jmh;

import dev.errand.JobRecord;
import dev.errand.PushOptions;
import dev.errand.client.PayloadWriter;
import dev.errand.middleware.Next;
import dev.errand.middleware.ServerChain;
import dev.errand.middleware.ServerMiddleware;
import dev.errand.samples.bench.NoopJob;
import dev.errand.wire.Json;
import dev.errand.wire.Payload;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the server middleware chain costs one job: the read-only record the chain hands to each
 * middleware, and the calls through 0 or 3 pass-through middlewares to the job.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MiddlewareBench {

    @Param({"0", "3"})
    public int middlewares;

    private ServerChain chain;
    private Payload payload;
    private Next perform;

    @Setup
    public void setUp(Blackhole blackhole) {
        List<ServerMiddleware> list = new ArrayList<>();
        for (int i = 0; i < middlewares; i++) {
            list.add(
                    (job, queue, next) -> {
                        blackhole.consume(job.jid());
                        next.proceed();
                    });
        }
        chain = new ServerChain(list);
        payload =
                Payload.parse(
                        Json.write(
                                PayloadWriter.build(
                                        NoopJob.SPEC,
                                        List.of(42L),
                                        PushOptions.NOW,
                                        Instant.now())));
        perform = () -> blackhole.consume(payload);
    }

    @Benchmark
    public void run() throws Exception {
        chain.run(JobRecord.of(payload), NoopJob.QUEUE, perform);
    }
}
