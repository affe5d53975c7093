package dev.errand.testing;

import static dev.errand.testing.JobMatcher.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.errand.Errand;
import dev.errand.InvalidJobArgumentException;
import dev.errand.backend.memory.InMemoryBackend;
import dev.errand.middleware.ClientMiddleware;
import dev.errand.testing.TestJobs.Greet;
import dev.errand.testing.TestJobs.Settings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON round trip and the production middleware chains. */
class FidelityTest {

    @Test
    void enqueue_rejectsNonJsonArgument() {
        ErrandHarness harness = ErrandHarness.create();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("since", LocalDate.of(2030, 1, 1));

        assertThatThrownBy(() -> harness.enqueue(Settings.SPEC, settings))
                .isInstanceOf(InvalidJobArgumentException.class)
                .hasMessageContaining("args[0].since")
                .hasMessageContaining("java.time.LocalDate");

        assertThat(harness.jobs()).isEmpty();
    }

    @Test
    void enqueue_storesArgumentsAsTheWorkerWillDecodeThem() {
        ErrandHarness harness = ErrandHarness.create();
        TestJobs jobs = new TestJobs(harness);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("limit", 5L);
        settings.put("ratio", 0.5f);

        harness.enqueue(Settings.SPEC, settings);
        harness.performEnqueuedJobs();

        Object stored = harness.performedJobs().get(0).args().get(0);
        assertThat(stored).isEqualTo(Map.of("limit", 5, "ratio", 0.5));
        assertThat(((Map<?, ?>) stored).get("limit")).isInstanceOf(Integer.class);
        assertThat(jobs.log).containsExactly("settings {limit=5, ratio=0.5}");
    }

    @Test
    void enqueue_withoutJsonRoundTrip_keepsJavaValuesButStillChecksThem() {
        ErrandHarness harness = ErrandHarness.builder().withoutJsonRoundTrip().build();

        harness.enqueue(Greet.SPEC, 5L);

        assertThat(harness.jobs().get(0).args().get(0)).isInstanceOf(Long.class);
        assertThat(harness.assertEnqueuedWith(job(Greet.SPEC).withArgs(5))).isNotNull();
        assertThatThrownBy(() -> harness.enqueueArgs(Greet.SPEC, List.of(new Object())))
                .isInstanceOf(InvalidJobArgumentException.class);
    }

    @Test
    void perform_runsServerMiddlewareByDefault() {
        ErrandHarness harness = ErrandHarness.create();
        TestJobs jobs = new TestJobs(harness);
        harness.serverMiddleware(
                (job, queue, next) -> {
                    jobs.log.add("before " + job.className() + " on " + queue);
                    next.proceed();
                    jobs.log.add("after");
                });
        harness.enqueue(Greet.SPEC, 1L);

        harness.performEnqueuedJobs();

        assertThat(jobs.log)
                .containsExactly(
                        "before " + Greet.class.getName() + " on mail", "greet 1", "after");
    }

    @Test
    void perform_withSkipServerMiddleware_runsTheJobAlone() {
        ErrandHarness harness = ErrandHarness.builder().skipServerMiddleware().build();
        TestJobs jobs = new TestJobs(harness);
        harness.serverMiddleware((job, queue, next) -> jobs.log.add("middleware"));
        harness.enqueue(Greet.SPEC, 1L);

        harness.performEnqueuedJobs();

        assertThat(jobs.log).containsExactly("greet 1");
    }

    @Test
    void enqueue_runsClientMiddlewareWhichMayStopThePush() {
        ErrandHarness harness = ErrandHarness.create();
        List<Object> seen = new ArrayList<>();
        harness.clientMiddleware(
                (job, next) -> {
                    seen.add(job.get("class"));
                    job.put("tenant", "acme");
                    if (!Long.valueOf(13).equals(((List<?>) job.get("args")).get(0))) {
                        next.proceed();
                    }
                });

        String stopped = harness.enqueue(Greet.SPEC, 13L);
        harness.enqueue(Greet.SPEC, 1L);

        assertThat(stopped).isNull();
        assertThat(seen).hasSize(2);
        assertThat(harness.jobs())
                .singleElement()
                .satisfies(job -> assertThat(job.fields()).containsEntry("tenant", "acme"));
    }

    @Test
    void enqueue_clientMiddlewareAddingNonJsonValue_isRejectedAsInProduction() {
        ClientMiddleware addsObject =
                (job, next) -> {
                    job.put("tenant", new Object());
                    next.proceed();
                };
        Errand production =
                Errand.builder()
                        .backend(new InMemoryBackend())
                        .clientMiddleware(addsObject)
                        .build();
        ErrandHarness harness = ErrandHarness.create().clientMiddleware(addsObject);

        assertThatThrownBy(() -> production.enqueue(Greet.SPEC, 1L))
                .isInstanceOf(InvalidJobArgumentException.class);
        assertThatThrownBy(() -> harness.enqueue(Greet.SPEC, 1L))
                .isInstanceOf(InvalidJobArgumentException.class)
                .hasMessageContaining("tenant");

        assertThat(harness.jobs()).isEmpty();
    }

    @Test
    void enqueue_overThePayloadLimit_fails() {
        ErrandHarness harness = ErrandHarness.builder().maxPayloadBytes(300).build();

        assertThatThrownBy(() -> harness.enqueue(Settings.SPEC, Map.of("blob", "x".repeat(400))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("over the payload limit of 300 bytes");
    }
}
