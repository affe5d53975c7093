package dev.errand.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.errand.WorkerConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Worker settings from a YAML file that accepts a sidekiq.yml's keys, with or without Ruby's
 * leading colons:
 *
 * <pre>
 * :concurrency: 10
 * :timeout: 25
 * :queues:
 *   - [critical, 3]
 *   - default
 * production:
 *   :concurrency: 25
 * </pre>
 *
 * <p>A section named after the environment (from {@code ERRAND_ENV}, {@code APP_ENV} or {@code
 * RAILS_ENV}) overrides the top-level keys. Unknown keys are ignored, as Sidekiq does; ERB ({@code
 * <%= %>}) is not evaluated, so use plain values or {@link EnvironmentConfig}.
 */
public final class YamlConfig {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private YamlConfig() {}

    public static WorkerConfig load(Path file) {
        return load(file, environmentName());
    }

    public static WorkerConfig load(Path file, String environment) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, environment, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "cannot read worker configuration " + file + ": " + e.getMessage(), e);
        }
    }

    public static WorkerConfig parse(InputStream yaml, String environment, String source) {
        Map<String, Object> root;
        try {
            root = normalise(YAML.readValue(yaml, Map.class));
        } catch (IOException e) {
            throw new IllegalArgumentException(source + " is not valid YAML: " + e.getMessage(), e);
        }
        Map<String, Object> settings = new LinkedHashMap<>(root);
        if (environment != null && root.get(environment) instanceof Map<?, ?> section) {
            settings.putAll(normalise(section));
        }
        return apply(settings, source);
    }

    private static WorkerConfig apply(Map<String, Object> settings, String source) {
        WorkerConfig.Builder builder = WorkerConfig.builder();
        Object concurrency = settings.get("concurrency");
        if (concurrency != null) {
            builder.concurrency(number(source, "concurrency", concurrency));
        }
        Object timeout = settings.get("timeout");
        if (timeout != null) {
            builder.timeout(Duration.ofSeconds(number(source, "timeout", timeout)));
        }
        Object queues = settings.get("queues");
        if (queues != null) {
            if (!(queues instanceof List<?> list)) {
                throw new IllegalArgumentException(
                        source + ": queues must be a list, got " + queues);
            }
            for (Object entry : list) {
                addQueue(builder, source, entry);
            }
        }
        return builder.build();
    }

    private static void addQueue(WorkerConfig.Builder builder, String source, Object entry) {
        if (entry instanceof List<?> pair && !pair.isEmpty()) {
            int weight = pair.size() > 1 ? number(source, "queue weight", pair.get(1)) : 0;
            builder.queue(String.valueOf(pair.get(0)), weight);
        } else if (entry instanceof String name) {
            String[] parts = name.split(",");
            int weight = parts.length > 1 ? number(source, "queue weight", parts[1].trim()) : 0;
            builder.queue(parts[0].trim(), weight);
        } else {
            throw new IllegalArgumentException(
                    source + ": a queue must be a name or [name," + " weight], got " + entry);
        }
    }

    private static int number(String source, String key, Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return Integer.parseInt(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    source + ": " + key + " must be a whole number, got " + value, e);
        }
    }

    private static Map<String, Object> normalise(Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (map == null) {
            return result;
        }
        map.forEach(
                (key, value) -> {
                    String name = String.valueOf(key);
                    result.put(name.startsWith(":") ? name.substring(1) : name, value);
                });
        return result;
    }

    private static String environmentName() {
        for (String variable : List.of("ERRAND_ENV", "APP_ENV", "RAILS_ENV")) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
