package dev.errand.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives each test its own {@link ErrandHarness}: test and lifecycle methods declare a parameter of
 * type {@link ErrandHarness}, {@link dev.errand.JobClient} or {@link TestClock} and receive the
 * test's harness (the same one in {@code @BeforeEach}, the test and {@code @AfterEach}); a {@link
 * RedisDatabase} parameter receives a Redis database of the test's own. The harness is reset after
 * the test. Safe under parallel execution: nothing is shared between tests.
 *
 * <pre>{@code
 * @ErrandTest
 * class SignUpTest {
 *     @Test
 *     void signUp_enqueuesWelcomeEmail(ErrandHarness harness) { ... }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ErrandExtension.class)
public @interface ErrandTest {

    /** The harness's mode outside any scope. */
    Mode mode() default Mode.RECORD;

    /** Where the harness clock starts, ISO-8601; empty for {@link TestClock#DEFAULT_START}. */
    String startTime() default "";

    /**
     * Keeps job failures from reaching the test; they are listed in {@code failures()}. The same
     * option as {@link ErrandHarness.Builder#recordFailures()}.
     */
    boolean recordFailures() default false;
}
