package dev.errand.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.errand.QueueWeight;
import dev.errand.backend.Backend;
import dev.errand.backend.BackendException;
import dev.errand.backend.FinishedJobs;
import dev.errand.backend.QueuedJob;
import dev.errand.backend.redis.RedisBackend;
import dev.errand.backend.redis.TestRedis;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The fetcher after a fetch whose reply was lost: the jobs that fetch moved go back to their queue,
 * every job runs, acknowledgements are checked entry by entry meanwhile, and once a read of the
 * lists shows the ledger's order they are checked by their two ends again. Database 9, shared with
 * RedisBackendTest (a module's tests run one at a time).
 */
class FetcherInStepTest {
    private static final String IDENTITY = "host:1:in-step-test";
    private static final String QUEUE = "q";
    private static final int LOST_FETCH = 3;

    private static TestRedis redis;

    @BeforeAll
    static void connect() {
        redis = TestRedis.database(9);
    }

    @AfterAll
    static void disconnect() {
        redis.close();
    }

    @Test
    @Timeout(60)
    void afterALostFetchReply_everyJobRuns_andRunsAreCheckedByTheirEndsAgain() throws Exception {
        redis.flush();
        try (RedisBackend redisBackend = RedisBackend.fromUrl(redis.url(), 4)) {
            AtomicInteger fetches = new AtomicInteger();
            AtomicBoolean lost = new AtomicBoolean();
            AtomicBoolean exactBeforeLoss = new AtomicBoolean();
            AtomicBoolean exactAfterLoss = new AtomicBoolean();
            Backend backend =
                    (Backend)
                            Proxy.newProxyInstance(
                                    Backend.class.getClassLoader(),
                                    new Class<?>[] {Backend.class},
                                    (proxy, method, args) -> {
                                        FinishedJobs finished = finishedJobs(args);
                                        if (finished != null && !finished.exact().isEmpty()) {
                                            (lost.get() ? exactAfterLoss : exactBeforeLoss)
                                                    .set(true);
                                        }
                                        Object result = invoke(redisBackend, method, args);
                                        if (method.getName().equals("fetch")
                                                && fetches.incrementAndGet() == LOST_FETCH) {
                                            lost.set(true);
                                            throw new BackendException(
                                                    "Redis fetch failed: read timed out", null);
                                        }
                                        return result;
                                    });
            Fetcher fetcher =
                    new Fetcher(backend, IDENTITY, List.of(new QueueWeight(QUEUE, 1)), true, 4);
            Thread fetching = new Thread(fetcher, "test-fetcher");
            Thread acknowledging = new Thread(fetcher::runAcknowledger, "test-acknowledger");
            Set<String> ran = new HashSet<>();
            List<String> pushed = new ArrayList<>();
            fetching.start();
            acknowledging.start();
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!(exactAfterLoss.get() && ran.size() == pushed.size())
                        && System.nanoTime() < deadline) {
                    if (!exactAfterLoss.get()) {
                        pushed.addAll(push(redisBackend, pushed.size(), 100));
                    }
                    QueuedJob job;
                    while ((job = fetcher.next(5, TimeUnit.MILLISECONDS)) != null) {
                        ran.add(job.payload());
                        fetcher.finished(job);
                    }
                }
            } finally {
                fetcher.quiet();
                fetcher.stopAcknowledging();
                fetching.join();
                acknowledging.join();
                fetcher.flushFinished();
            }

            assertThat(lost).as("a fetch reply was lost").isTrue();
            assertThat(exactBeforeLoss).as("two-ends checks before the loss").isTrue();
            assertThat(exactAfterLoss).as("two-ends checks again after a read").isTrue();
            assertThat(ran).as("every pushed job ran").isEqualTo(new HashSet<>(pushed));
            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(redisBackend.inProgress(IDENTITY)).isEmpty());
        }
    }

    private static List<String> push(RedisBackend backend, int from, int count) {
        List<QueuedJob> jobs = new ArrayList<>();
        for (int n = from; n < from + count; n++) {
            jobs.add(new QueuedJob(QUEUE, "{\"class\":\"Noop\",\"args\":[" + n + "]}"));
        }
        backend.push(jobs);
        return jobs.stream().map(QueuedJob::payload).toList();
    }

    private static FinishedJobs finishedJobs(Object[] args) {
        if (args != null) {
            for (Object arg : args) {
                if (arg instanceof FinishedJobs finished) {
                    return finished;
                }
            }
        }
        return null;
    }

    private static Object invoke(Backend target, java.lang.reflect.Method method, Object[] args)
            throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
