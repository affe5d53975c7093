package dev.errand.samples.bench.jmh;

import dev.errand.Errand;
import dev.errand.backend.Backend;
import dev.errand.backend.QueuedJob;
import dev.errand.samples.bench.NoopJob;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
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
 * The client's side of a bulk enqueue, without Redis: checking the arguments, building and encoding
 * each payload and handing the batches to a backend that only looks at them. One operation is one
 * {@code enqueueAll} of {@code jobs} jobs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BulkEnqueueBench {

    @Param({"1000"})
    public int jobs;

    private Errand errand;
    private List<Long> ids;

    @Setup
    public void setUp(Blackhole blackhole) {
        errand = Errand.builder().backend(discardingBackend(blackhole)).build();
        ids = LongStream.range(0, jobs).boxed().toList();
    }

    @Benchmark
    public List<String> enqueueAll() {
        return errand.enqueueAll(NoopJob.SPEC, ids);
    }

    /** A backend whose push hands each payload to the blackhole; nothing else is called. */
    private static Backend discardingBackend(Blackhole blackhole) {
        return (Backend)
                Proxy.newProxyInstance(
                        Backend.class.getClassLoader(),
                        new Class<?>[] {Backend.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("push")) {
                                for (Object job : (List<?>) args[0]) {
                                    blackhole.consume(((QueuedJob) job).payload());
                                }
                            }
                            return method.getName().equals("describe") ? "discarding" : null;
                        });
    }
}
