package dev.errand.testing;

import dev.errand.JobClient;
import dev.errand.testing.internal.DatabasePool;
import java.lang.reflect.AnnotatedElement;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link ErrandTest}. The harness lives in the store of the test's own
 * extension context, so parallel tests never see each other's, and is reset after each test. A
 * Redis database is leased from a pool shared by the whole run (databases 1 to 8) and flushed
 * before and after the test that holds it.
 */
public final class ErrandExtension implements ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ErrandExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == ErrandHarness.class
                || type == JobClient.class
                || type == TestClock.class
                || type == RedisDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException(
                    "@ErrandTest injects its harness into test methods and @BeforeEach/@AfterEach"
                        + " methods only, not into constructors or @BeforeAll methods: each test"
                        + " gets its own harness");
        }
        Class<?> type = parameter.getParameter().getType();
        if (type == RedisDatabase.class) {
            return redisDatabase(context);
        }
        ErrandHarness harness = harness(context);
        return type == TestClock.class ? harness.clock() : harness;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        ErrandHarness harness = store.remove(ErrandHarness.class, ErrandHarness.class);
        if (harness != null) {
            harness.reset();
        }
        RedisDatabase database = store.remove(RedisDatabase.class, RedisDatabase.class);
        if (database != null) {
            database.close();
        }
    }

    private static ErrandHarness harness(ExtensionContext context) {
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        ErrandHarness.class, key -> create(settings(context)), ErrandHarness.class);
    }

    private static RedisDatabase redisDatabase(ExtensionContext context) {
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        RedisDatabase.class,
                        key -> {
                            DatabasePool pool =
                                    context.getRoot()
                                            .getStore(NAMESPACE)
                                            .getOrComputeIfAbsent(
                                                    DatabasePool.class,
                                                    poolKey -> new DatabasePool(TestRedis.locate()),
                                                    DatabasePool.class);
                            return RedisDatabase.lease(pool);
                        },
                        RedisDatabase.class);
    }

    private static ErrandTest settings(ExtensionContext context) {
        Optional<ErrandTest> onMethod = find(context.getTestMethod().orElse(null));
        if (onMethod.isPresent()) {
            return onMethod.get();
        }
        for (Optional<ExtensionContext> current = Optional.of(context);
                current.isPresent();
                current = current.get().getParent()) {
            Optional<ErrandTest> onClass = find(current.get().getTestClass().orElse(null));
            if (onClass.isPresent()) {
                return onClass.get();
            }
        }
        return null;
    }

    private static Optional<ErrandTest> find(AnnotatedElement element) {
        return element == null
                ? Optional.empty()
                : AnnotationSupport.findAnnotation(element, ErrandTest.class);
    }

    private static ErrandHarness create(ErrandTest settings) {
        ErrandHarness.Builder builder = ErrandHarness.builder();
        if (settings == null) {
            return builder.build();
        }
        if (!settings.startTime().isEmpty()) {
            try {
                builder.startTime(Instant.parse(settings.startTime()));
            } catch (DateTimeParseException e) {
                throw new ParameterResolutionException(
                        "@ErrandTest(startTime = \""
                                + settings.startTime()
                                + "\") is not an ISO-8601 instant such as"
                                + " 2030-01-01T09:00:00Z",
                        e);
            }
        }
        if (settings.recordFailures()) {
            builder.recordFailures();
        }
        if (settings.mode() == Mode.REAL) {
            throw new ParameterResolutionException(
                    "@ErrandTest(mode = REAL) has no real client to send jobs to; start in RECORD,"
                            + " call harness.realClient(errand), then open"
                            + " harness.withMode(Mode.REAL)");
        }
        return builder.mode(settings.mode()).build();
    }
}
