package dev.errand.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.errand.Errand;
import dev.errand.InvalidJobArgumentException;
import dev.errand.Job1;
import dev.errand.JobSpec;
import dev.errand.wire.Json;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Review evidence: client-side input handling. */
class ClientEdgeCaseTest {

    static final class Note implements Job1<String> {
        @Override
        public void perform(String text) {}
    }

    record Customer(long id, String name) {}

    @Test
    void enqueue_clientMiddlewareCannotSmuggleANonJsonValueIntoThePayload() {
        JobSpec<Note> spec = JobSpec.of(Note.class).build();
        Errand errand =
                Errand.builder()
                        .clientMiddleware(
                                (job, next) -> {
                                    job.put("customer", new Customer(7, "Ann")); // top-level key
                                    @SuppressWarnings("unchecked")
                                    List<Object> args = (List<Object>) job.get("args");
                                    args.add(new Customer(8, "Bob")); // and an argument
                                    next.proceed();
                                })
                        .build();

        // Sidekiq 6.4.2+ runs verify_json AFTER client middleware; Errand checks before it.
        assertThatThrownBy(() -> errand.enqueue(spec, "hi"))
                .isInstanceOf(InvalidJobArgumentException.class);
        assertThat(errand.backend().queuedJobs("default", 10)).isEmpty();
    }

    @Test
    void enqueue_queueFunctionWithANullArgument_choosesAQueueInsteadOfThrowingNpe() {
        JobSpec<Note> spec =
                JobSpec.of(Note.class)
                        .queue(args -> args.get(0) == null ? "nulls" : "default")
                        .build();
        Errand errand = Errand.inMemory();

        // JobSpec.queueFor does List.copyOf(args), which throws NPE on a null element.
        String jid = errand.enqueue(spec, null);

        assertThat(jid).hasSize(24);
        assertThat(errand.backend().queueSize("nulls")).isEqualTo(1);
    }

    @Test
    void enqueueArgs_nullList_isRejectedWithTheHelpfulMessage() {
        JobSpec<Note> spec = JobSpec.of(Note.class).build();
        Errand errand = Errand.inMemory();

        // JsonArgs has a good message for this, but List.of(null) throws a bare NPE first.
        assertThatThrownBy(() -> errand.enqueueArgs(spec, null))
                .isInstanceOf(InvalidJobArgumentException.class)
                .hasMessageContaining("pass an empty list");
    }

    static final class Amount implements Job1<BigDecimal> {
        @Override
        public void perform(BigDecimal amount) {}
    }

    @Test
    void spec_bigDecimalParameter_isRejectedBecauseJsonReadersRoundIt() {
        assertThatThrownBy(() -> JobSpec.of(Amount.class).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.math.BigDecimal, which is not JSON-native");
    }

    @Test
    void enqueueArgs_bigDecimalValue_isRejectedNamingTheFix() {
        Errand errand = Errand.inMemory();

        assertThatThrownBy(() -> errand.enqueueTo("q", "Pay", List.of(new BigDecimal("1.10"))))
                .hasMessageContaining("pass it as a String (or an amount in cents as a Long)");
    }

    static final class Arrays implements Job1<List<String>[]> {
        @Override
        public void perform(List<String>[] lists) {}
    }

    @Test
    void spec_genericArrayParameter_isRejectedAtBuild() {
        // String[] is rejected, but a GenericArrayType falls through rawClass() to Object and is
        // accepted; at run time the job then gets a List and fails with ClassCastException.
        assertThatThrownBy(() -> JobSpec.of(Arrays.class).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not JSON-native");
    }

    @Test
    void payload_keyOrderAndTypesMatchSidekiq() {
        JobSpec<Note> spec = JobSpec.of(Note.class).retry(5).build();
        Errand errand = Errand.inMemory();

        errand.enqueue(spec, "x");

        String json = errand.backend().queuedJobs("default", 1).get(0);
        Map<String, Object> fields = Json.readObject(json);
        assertThat(fields.keySet())
                .containsExactly(
                        "retry", "queue", "args", "class", "jid", "created_at", "enqueued_at");
        assertThat(json).matches(".*\"created_at\":\\d+\\.\\d{6},.*");
    }
}
