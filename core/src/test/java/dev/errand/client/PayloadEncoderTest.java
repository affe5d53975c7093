package dev.errand.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errand.JobSpec;
import dev.errand.PushOptions;
import dev.errand.RawJob;
import dev.errand.wire.Json;
import dev.errand.wire.Timestamps;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The encoder must write exactly what the hash path writes, key order and number forms included:
 * each case builds the hash with {@link PayloadWriter} and compares its JSON with the encoder's.
 */
class PayloadEncoderTest {
    static final BigDecimal NOW = Timestamps.seconds(Instant.parse("2026-12-03T10:00:00.123456Z"));

    static final List<JobSpec<RawJob>> SPECS =
            List.of(
                    JobSpec.named("HardJob").build(),
                    JobSpec.named("Mailer::Deliver").queue("mail").retry(5).build(),
                    JobSpec.named("Quiet").noRetry().dead(false).build(),
                    JobSpec.named("Tagged")
                            .queue("low")
                            .retry(3)
                            .backtrace(10)
                            .retryQueue("slow")
                            .dead(false)
                            .tags("a \"quoted\" tag", "é")
                            .build(),
                    JobSpec.named("AllLines").backtrace(true).build(),
                    JobSpec.named("ByTenant")
                            .queue(args -> "tenant-" + String.valueOf(args.get(0)).length() % 3)
                            .build());

    @Test
    void write_matchesTheHashPathForEveryOptionShape() {
        List<?> args = List.of(42L, "two", true);

        for (JobSpec<RawJob> spec : SPECS) {
            assertSameJson(spec, args, PushOptions.NOW, true);
            assertSameJson(spec, args, PushOptions.NOW.withQueue("other \"q\""), false);
        }
    }

    @Test
    void write_matchesTheHashPathForEveryKindOfArgument() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("id", 7);
        nested.put("tags", List.of("x", 1.5, List.of()));
        nested.put("none", null);
        List<?> args =
                java.util.Arrays.asList(
                        null,
                        Integer.MIN_VALUE,
                        Long.MAX_VALUE,
                        (short) -3,
                        (byte) 9,
                        0.1,
                        1e21,
                        -0.0,
                        1.5f,
                        new BigInteger("123456789012345678901234567890"),
                        false,
                        "",
                        "quote \" backslash \\ slash / tab \t newline \n nul \u0000 del \u007f",
                        "unicode é ü 漢字 \ud83d\ude00 lone \ud800 end",
                        List.of(1, List.of(2, "three")),
                        nested);

        for (JobSpec<RawJob> spec : SPECS) {
            assertSameJson(spec, args, PushOptions.NOW, true);
        }
    }

    @Test
    void write_matchesTheHashPathForRandomStrings() {
        Random random = new Random(20261203L);
        JobSpec<RawJob> spec = SPECS.get(0);

        for (int round = 0; round < 500; round++) {
            assertSameJson(
                    spec, List.of(randomText(random), randomText(random)), PushOptions.NOW, true);
        }
    }

    @Test
    void write_isTheSameForTheSameJobAfterOtherJobs() {
        JobSpec<RawJob> spec = SPECS.get(5);
        PayloadEncoder encoder = new PayloadEncoder(spec, NOW, true);
        String first = encoder.write(List.of(1), "tenant-1", "0123456789abcdef01234567");

        encoder.write(List.of(2, "longer arguments than the first job had"), "tenant-2", "ff");
        String again = encoder.write(List.of(1), "tenant-1", "0123456789abcdef01234567");

        assertThat(again).as("payload of the same job written again").isEqualTo(first);
    }

    private static void assertSameJson(
            JobSpec<RawJob> spec, List<?> args, PushOptions options, boolean enqueued) {
        Map<String, Object> job = PayloadWriter.build(spec, args, options, NOW);
        if (enqueued) {
            job.put("enqueued_at", NOW);
        }
        String queue = (String) job.get("queue");
        String jid = (String) job.get("jid");

        String encoded = new PayloadEncoder(spec, NOW, enqueued).write(args, queue, jid);

        assertThat(encoded)
                .as("payload of %s with args %s (enqueued: %s)", spec.className(), args, enqueued)
                .isEqualTo(Json.write(job));
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(
                    switch (random.nextInt(4)) {
                        case 0 -> (char) random.nextInt(0x20);
                        case 1 -> (char) (0x20 + random.nextInt(0x60));
                        case 2 -> (char) (0x80 + random.nextInt(0x800));
                        default -> (char) random.nextInt(0x10000);
                    });
        }
        return text.toString();
    }
}
