package dev.errand.config;

import dev.errand.WorkerConfig;
import java.time.Duration;
import java.util.Map;

/**
 * Worker settings from environment variables, over a base configuration:
 *
 * <ul>
 *   <li>{@code ERRAND_CONCURRENCY}: jobs run at once;
 *   <li>{@code ERRAND_QUEUES}: comma-separated queues, each {@code name} or {@code name:weight},
 *       e.g. {@code critical:3,default:1};
 *   <li>{@code ERRAND_TIMEOUT}: seconds stop() waits for running jobs.
 * </ul>
 *
 * <p>{@code REDIS_URL} chooses the backend; see {@link dev.errand.Errand#fromEnvironment()}.
 */
public final class EnvironmentConfig {

    private EnvironmentConfig() {}

    public static WorkerConfig load() {
        return apply(WorkerConfig.defaults(), System.getenv());
    }

    public static WorkerConfig apply(WorkerConfig base, Map<String, String> environment) {
        WorkerConfig.Builder builder = base.toBuilder();
        String concurrency = environment.get("ERRAND_CONCURRENCY");
        if (concurrency != null && !concurrency.isBlank()) {
            builder.concurrency(parseInt("ERRAND_CONCURRENCY", concurrency));
        }
        String timeout = environment.get("ERRAND_TIMEOUT");
        if (timeout != null && !timeout.isBlank()) {
            builder.timeout(Duration.ofSeconds(parseInt("ERRAND_TIMEOUT", timeout)));
        }
        String queues = environment.get("ERRAND_QUEUES");
        if (queues != null && !queues.isBlank()) {
            builder.clearQueues();
            for (String entry : queues.split(",")) {
                String[] parts = entry.trim().split(":");
                int weight = parts.length > 1 ? parseInt("ERRAND_QUEUES weight", parts[1]) : 0;
                builder.queue(parts[0].trim(), weight);
            }
        }
        return builder.build();
    }

    static int parseInt(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    name + ": expected a whole number, got \"" + value + "\"", e);
        }
    }
}
