package dev.errand.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.errand.QueueWeight;
import dev.errand.WorkerConfig;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlConfigTest {

    private static WorkerConfig parse(String yaml, String environment) {
        return YamlConfig.parse(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                environment,
                "sidekiq.yml");
    }

    @Test
    void parse_readsSidekiqYmlKeysWithRubyColons() {
        WorkerConfig config =
                parse(
                        """
                        :concurrency: 7
                        :timeout: 8
                        :queues:
                          - [critical, 3]
                          - default
                          - low,1
                        """,
                        null);

        assertThat(config.concurrency()).isEqualTo(7);
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(8));
        assertThat(config.queues())
                .containsExactly(
                        new QueueWeight("critical", 3),
                        new QueueWeight("default", 0),
                        new QueueWeight("low", 1));
        assertThat(config.strictOrder()).isFalse();
    }

    @Test
    void parse_environmentSectionOverridesTopLevel() {
        WorkerConfig config =
                parse(
                        """
                        concurrency: 5
                        queues: [default]
                        production:
                          concurrency: 25
                        """,
                        "production");

        assertThat(config.concurrency()).isEqualTo(25);
        assertThat(config.strictOrder()).isTrue();
    }

    @Test
    void parse_rejectsANonNumericConcurrencyNamingTheKey() {
        assertThatThrownBy(() -> parse("concurrency: lots\n", null))
                .hasMessage("sidekiq.yml: concurrency must be a whole number, got lots");
    }

    @Test
    void environment_overridesConcurrencyAndQueues() {
        WorkerConfig config =
                EnvironmentConfig.apply(
                        WorkerConfig.defaults(),
                        Map.of("ERRAND_CONCURRENCY", "3", "ERRAND_QUEUES", "critical:3,default"));

        assertThat(config.concurrency()).isEqualTo(3);
        assertThat(config.queues())
                .containsExactly(new QueueWeight("critical", 3), new QueueWeight("default", 0));
    }

    @Test
    void environment_rejectsBadConcurrencyNamingTheVariable() {
        assertThatThrownBy(
                        () ->
                                EnvironmentConfig.apply(
                                        WorkerConfig.defaults(),
                                        Map.of("ERRAND_CONCURRENCY", "ten")))
                .hasMessage("ERRAND_CONCURRENCY: expected a whole number, got \"ten\"");
    }
}
