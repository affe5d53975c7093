package dev.errand.testing;

import static dev.errand.testing.JobMatcher.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.errand.JobClient;
import dev.errand.testing.TestJobs.Greet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** The JUnit 5 extension, run through the JUnit Platform test kit. */
class ErrandExtensionTest {
    private static final String FIXTURES = "errand.testing.fixtures";

    /** What the fixtures saw, keyed by the run that wrote it; read by the outer tests. */
    static final Map<String, List<Object>> SEEN = new ConcurrentHashMap<>();

    @Test
    void errandTest_injectsOneHarnessPerTestIntoLifecycleAndTestMethods() {
        Events tests = run(InjectionFixture.class, false);

        tests.assertStatistics(stats -> stats.started(2).succeeded(2));
        List<Object> harnesses = SEEN.get("injection");
        assertThat(harnesses).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void errandTest_clearsTheHarnessAfterEachTest() {
        run(InjectionFixture.class, false);

        assertThat(SEEN.get("injection"))
                .allSatisfy(harness -> assertThat(((ErrandHarness) harness).jobs()).isEmpty());
    }

    @Test
    void errandTest_underParallelExecution_keepsTestsIsolated() {
        Events tests = run(ParallelFixture.class, true);

        tests.assertStatistics(stats -> stats.started(40).succeeded(40));
        assertThat(SEEN.get("parallel")).hasSize(40).doesNotHaveDuplicates();
        assertThat(ParallelFixture.THREADS).hasSizeGreaterThan(1);
    }

    @Test
    void errandTest_appliesModeStartTimeAndRecordFailuresFromTheAnnotation() {
        Events tests = run(SettingsFixture.class, false);

        tests.assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void errandTest_constructorInjection_failsWithAClearMessage() {
        Events tests = run(ConstructorFixture.class, false);

        tests.assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                finishedWithFailure(
                                        message(text -> text.contains("not into constructors")))));
    }

    private static Events run(Class<?> fixture, boolean parallel) {
        SEEN.clear();
        EngineTestKit.Builder kit =
                EngineTestKit.engine("junit-jupiter")
                        .selectors(selectClass(fixture))
                        .configurationParameter(FIXTURES, "true");
        if (parallel) {
            kit.configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                    .configurationParameter(
                            "junit.jupiter.execution.parallel.mode.default", "concurrent")
                    .configurationParameter(
                            "junit.jupiter.execution.parallel.config.strategy", "fixed")
                    .configurationParameter(
                            "junit.jupiter.execution.parallel.config.fixed.parallelism", "8");
        }
        return kit.execute().testEvents();
    }

    private static void seen(String run, Object value) {
        SEEN.computeIfAbsent(run, key -> new CopyOnWriteArrayList<>()).add(value);
    }

    /** Runs the fixtures only inside the test kit, never when the build scans the tests. */
    static final class OnlyInTestKit implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(FIXTURES).isPresent()
                    ? ConditionEvaluationResult.enabled("run by ErrandExtensionTest")
                    : ConditionEvaluationResult.disabled("a fixture of ErrandExtensionTest");
        }
    }

    @ErrandTest
    @ExtendWith(OnlyInTestKit.class)
    static class InjectionFixture {
        private ErrandHarness fromBeforeEach;

        @BeforeEach
        void setUp(ErrandHarness harness) {
            fromBeforeEach = harness;
            new TestJobs(harness);
        }

        @Test
        void harness_isTheOneBeforeEachGot(
                ErrandHarness harness, TestClock clock, JobClient client) {
            check(harness, clock, client);
        }

        @Test
        void harness_isFreshForTheNextTest(
                ErrandHarness harness, TestClock clock, JobClient client) {
            check(harness, clock, client);
        }

        private void check(ErrandHarness harness, TestClock clock, JobClient client) {
            assertThat(harness).isSameAs(fromBeforeEach).isSameAs(client);
            assertThat(clock).isSameAs(harness.clock());
            assertThat(harness.jobs()).isEmpty();
            client.enqueue(Greet.SPEC, 1L);
            assertThat(harness.jobs()).hasSize(1);
            seen("injection", harness);
        }
    }

    @ErrandTest
    @Execution(ExecutionMode.CONCURRENT)
    @ExtendWith(OnlyInTestKit.class)
    static class ParallelFixture {
        static final Set<Thread> THREADS = ConcurrentHashMap.newKeySet();

        @RepeatedTest(40)
        void enqueue_countsOnlyThisTestsJobs(ErrandHarness harness) {
            long mine = System.identityHashCode(harness);
            for (int i = 0; i < 20; i++) {
                harness.enqueue(Greet.SPEC, mine);
                Thread.yield();
            }
            THREADS.add(Thread.currentThread());

            ErrandAssertions.assertThat(harness)
                    .hasEnqueuedCount(20)
                    .hasEnqueued(job(Greet.SPEC).withArgs(mine), Times.exactly(20));
            seen("parallel", harness);
        }
    }

    @ErrandTest(mode = Mode.INLINE, startTime = "2031-02-03T04:05:06Z", recordFailures = true)
    @ExtendWith(OnlyInTestKit.class)
    static class SettingsFixture {
        @Test
        void harness_followsTheAnnotation(ErrandHarness harness, TestClock clock) {
            new TestJobs(harness);

            harness.enqueue(TestJobs.Broken.SPEC, 1L);

            assertThat(harness.mode()).isEqualTo(Mode.INLINE);
            assertThat(clock.instant()).isEqualTo(Instant.parse("2031-02-03T04:05:06Z"));
            assertThat(harness.failures()).hasSize(3);
        }
    }

    @ErrandTest
    @ExtendWith(OnlyInTestKit.class)
    static class ConstructorFixture {
        ConstructorFixture(ErrandHarness harness) {
            assertThat(harness).isNotNull();
        }

        @Test
        void constructor_isNeverReached() {
            assertThat(true).isTrue();
        }
    }
}
