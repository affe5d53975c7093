package dev.errand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobSpecTest {

    static final class Greet implements Job1<Long> {
        @Override
        public void perform(Long id) {}
    }

    static final class TakesInstant implements Job1<Instant> {
        @Override
        public void perform(Instant when) {}
    }

    static final class TakesMapWithLongKeys implements Job1<Map<Long, String>> {
        @Override
        public void perform(Map<Long, String> map) {}
    }

    static final class TakesTwo implements Job2<String, List<Long>> {
        @Override
        public void perform(String a, List<Long> b) {}
    }

    @Test
    void of_defaultsToJavaClassNameDefaultQueueAndRetryTrue() {
        JobSpec<Greet> spec = JobSpec.of(Greet.class).build();

        assertThat(spec.className()).isEqualTo(Greet.class.getName());
        assertThat(spec.queueFor(List.of(1L))).isEqualTo("default");
        assertThat(spec.retry()).isEqualTo(true);
        assertThat(spec.maxRetries()).isEqualTo(25);
        assertThat(spec.dead()).isTrue();
    }

    @Test
    void argumentTypes_areReadFromTheJobInterface() {
        JobSpec<TakesTwo> spec = JobSpec.of(TakesTwo.class).build();

        assertThat(spec.argumentTypes().orElseThrow()).hasSize(2);
        assertThat(spec.argumentTypes().orElseThrow().get(0)).isEqualTo(String.class);
    }

    @Test
    void build_rejectsNonJsonArgumentTypeNamingPositionAndType() {
        assertThatThrownBy(() -> JobSpec.of(TakesInstant.class).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("argument 0")
                .hasMessageContaining("java.time.Instant")
                .hasMessageContaining("not JSON-native");
    }

    @Test
    void build_rejectsMapWithNonStringKeys() {
        assertThatThrownBy(() -> JobSpec.of(TakesMapWithLongKeys.class).build())
                .hasMessageContaining("Map<java.lang.Long, java.lang.String>");
    }

    @Test
    void retry_rejectsNegativeCountNamingTheValue() {
        assertThatThrownBy(() -> JobSpec.of(Greet.class).retry(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("retry: must be 0 or more, got -1; use noRetry() to turn retries off");
    }

    @Test
    void retryOn_rejectsZeroAttemptsSayingTheFirstRunCounts() {
        assertThatThrownBy(
                        () ->
                                JobSpec.of(Greet.class)
                                        .retryOn(IOException.class, Backoff.polynomial(), 0))
                .hasMessageContaining("retryOn(IOException): attempts must be 1 or more")
                .hasMessageContaining("the first run counts");
    }

    @Test
    void queue_rejectsBlankName() {
        assertThatThrownBy(() -> JobSpec.of(Greet.class).queue("  "))
                .hasMessage("queue: must be a non-blank name, got \"  \"");
    }

    @Test
    void build_rejectsRetryCountTogetherWithNoRetry() {
        assertThatThrownBy(() -> JobSpec.of(Greet.class).retry(3).noRetry().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("retry(3) and noRetry() are both set");
    }

    @Test
    void build_rejectsARuleHiddenByAnEarlierBroaderRule() {
        assertThatThrownBy(
                        () ->
                                JobSpec.of(Greet.class)
                                        .retryOn(IOException.class, Backoff.polynomial(), 3)
                                        .retryOn(
                                                java.net.SocketTimeoutException.class,
                                                Backoff.polynomial(),
                                                5)
                                        .build())
                .hasMessageContaining("retryOn(SocketTimeoutException)")
                .hasMessageContaining("hidden by retryOn(IOException)");
    }

    @Test
    void build_rejectsRetryOnHiddenByDiscardOn() {
        assertThatThrownBy(
                        () ->
                                JobSpec.of(Greet.class)
                                        .discardOn(RuntimeException.class)
                                        .retryOn(IllegalStateException.class)
                                        .build())
                .hasMessageContaining("hidden by discardOn(RuntimeException)");
    }

    @Test
    void build_rejectsTwoRulesForTheSameExceptionSayingToRemoveOne() {
        assertThatThrownBy(
                        () ->
                                JobSpec.of(Greet.class)
                                        .discardOn(IllegalStateException.class)
                                        .retryOn(IllegalStateException.class)
                                        .build())
                .hasMessageContaining("retryOn(IllegalStateException)")
                .hasMessageContaining("repeats discardOn(IllegalStateException)")
                .hasMessageContaining("remove one of them");
    }

    @Test
    void queueFunction_choosesQueueFromArguments() {
        JobSpec<TakesTwo> spec =
                JobSpec.of(TakesTwo.class).queue(args -> "tenant-" + args.get(0)).build();

        assertThat(spec.queueFor(List.of("acme", List.of()))).isEqualTo("tenant-acme");
    }

    @Test
    void queueFunction_returningBlankFailsWithTheArguments() {
        JobSpec<TakesTwo> spec = JobSpec.of(TakesTwo.class).queue(args -> "").build();

        assertThatThrownBy(() -> spec.queueFor(List.of("acme", List.of())))
                .hasMessageContaining("returned a blank name for arguments [acme, []]");
    }

    @Test
    void named_buildsARawSpecForRubyJobs() {
        JobSpec<RawJob> spec = JobSpec.named("HardJob").queue("low").retry(5).build();

        assertThat(spec.className()).isEqualTo("HardJob");
        assertThat(spec.argumentTypes()).isEmpty();
        assertThat(spec.retry()).isEqualTo(5);
    }
}
