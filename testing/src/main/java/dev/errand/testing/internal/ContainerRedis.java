package dev.errand.testing.internal;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The Testcontainers path of the Redis lookup, kept in its own class so that nothing loads a
 * Testcontainers class unless it is on the class path (the dependency is optional). Not part of the
 * public API.
 */
public final class ContainerRedis implements AutoCloseable {
    private static final String IMAGE = "redis:7-alpine";

    private final GenericContainer<?> container;

    private ContainerRedis(GenericContainer<?> container) {
        this.container = container;
    }

    public static boolean onClassPath() {
        try {
            Class.forName(
                    "org.testcontainers.DockerClientFactory",
                    false,
                    ContainerRedis.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Asks Testcontainers whether a Docker engine answers; never throws. */
    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource")
    public static ContainerRedis start() {
        GenericContainer<?> container =
                new GenericContainer<>(DockerImageName.parse(IMAGE))
                        .withExposedPorts(6379)
                        .withCommand("redis-server", "--save", "", "--appendonly", "no");
        container.start();
        return new ContainerRedis(container);
    }

    public String host() {
        return container.getHost();
    }

    public int port() {
        return container.getMappedPort(6379);
    }

    @Override
    public void close() {
        container.stop();
    }
}
