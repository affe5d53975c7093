package dev.errand.testing;

import dev.errand.testing.internal.ContainerRedis;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Redis server integration tests use, found in this order:
 *
 * <ol>
 *   <li>{@code REDIS_URL}, when set (its database number is ignored: each test gets its own);
 *   <li>a Redis container started by Testcontainers, when Testcontainers is on the test class path
 *       and a Docker engine answers within {@link #DOCKER_CHECK_TIMEOUT};
 *   <li>otherwise {@link RedisUnavailableException}, saying how to provide one. It never hangs
 *       waiting for Docker.
 * </ol>
 *
 * <p>Tests use databases 1 to 8 only ({@link RedisDatabase}), one per test, and flush only their
 * own: never database 0, never the whole server.
 */
public final class TestRedis implements AutoCloseable {

    /** How long to wait for Docker to answer before giving up. */
    public static final Duration DOCKER_CHECK_TIMEOUT = Duration.ofSeconds(10);

    private final URI server;
    private final String source;
    private final AutoCloseable container;

    private TestRedis(URI server, String source, AutoCloseable container) {
        this.server = server;
        this.source = source;
        this.container = container;
    }

    /** Finds a Redis from the process environment, see the class comment. */
    public static TestRedis locate() {
        return locate(System.getenv(), DOCKER_CHECK_TIMEOUT);
    }

    /** Finds a Redis from the given environment, waiting at most {@code dockerTimeout}. */
    public static TestRedis locate(Map<String, String> environment, Duration dockerTimeout) {
        String url = environment.get("REDIS_URL");
        if (url != null && !url.isBlank()) {
            return new TestRedis(parse(url.trim()), "REDIS_URL", null);
        }
        String reason = containerUnavailableReason(dockerTimeout);
        if (reason != null) {
            throw new RedisUnavailableException(
                    "No Redis for this test: REDIS_URL is not set, and "
                            + reason
                            + ". Set REDIS_URL to a Redis the tests may use (databases 1 to 8"
                            + " get flushed; 0 is never touched), for example start one with"
                            + " `redis-server --port 6379 --save \"\" --appendonly no` and set"
                            + " REDIS_URL=redis://127.0.0.1:6379, or start a Docker engine.");
        }
        try {
            ContainerRedis started = ContainerRedis.start();
            return new TestRedis(
                    URI.create("redis://" + started.host() + ":" + started.port()),
                    "Testcontainers",
                    started);
        } catch (RuntimeException e) {
            throw new RedisUnavailableException(
                    "No Redis for this test: REDIS_URL is not set and"
                            + " the Redis container did not start ("
                            + e.getMessage()
                            + "). Set"
                            + " REDIS_URL to a Redis the tests may use.",
                    e);
        }
    }

    /** Null when a container can be started, else why not. */
    private static String containerUnavailableReason(Duration timeout) {
        if (!ContainerRedis.onClassPath()) {
            return "org.testcontainers:testcontainers is not on the test class path";
        }
        FutureTask<Boolean> check = new FutureTask<>(ContainerRedis::dockerAvailable);
        Thread thread = new Thread(check, "errand-docker-check");
        thread.setDaemon(true);
        thread.start();
        try {
            return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    ? null
                    : "Testcontainers found no Docker engine";
        } catch (TimeoutException e) {
            thread.interrupt();
            return "Docker did not answer within " + timeout;
        } catch (ExecutionException e) {
            return "Testcontainers could not reach Docker (" + e.getCause() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "the check for Docker was interrupted";
        }
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url);
            if (!"redis".equalsIgnoreCase(uri.getScheme())
                            && !"rediss".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null) {
                throw new URISyntaxException(url, "expected redis://host:port or rediss://...");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new RedisUnavailableException(
                    "REDIS_URL is not a Redis URL ("
                            + e.getReason()
                            + "); expected redis://[user:password@]host:port",
                    e);
        }
    }

    /** Where the server came from: {@code REDIS_URL} or {@code Testcontainers}. */
    public String source() {
        return source;
    }

    /** The URL of one database, password included, to hand to the code under test. */
    public String url(int database) {
        RedisDatabase.checkNumber(database);
        String userInfo = server.getRawUserInfo();
        return server.getScheme()
                + "://"
                + (userInfo == null ? "" : userInfo + "@")
                + server.getHost()
                + ":"
                + port()
                + "/"
                + database;
    }

    /** A database for one test, flushed now; prefer an {@link ErrandTest} parameter. */
    public RedisDatabase database(int database) {
        return RedisDatabase.open(this, database, null);
    }

    String host() {
        return server.getHost();
    }

    int port() {
        return server.getPort() < 0 ? 6379 : server.getPort();
    }

    boolean tls() {
        return "rediss".equalsIgnoreCase(server.getScheme());
    }

    String user() {
        String info = server.getUserInfo();
        if (info == null || !info.contains(":")) {
            return null;
        }
        String user = info.substring(0, info.indexOf(':'));
        return user.isEmpty() ? null : user;
    }

    String password() {
        String info = server.getUserInfo();
        if (info == null || info.isEmpty()) {
            return null;
        }
        return info.contains(":") ? info.substring(info.indexOf(':') + 1) : info;
    }

    /** Where the server is, without its password. */
    @Override
    public String toString() {
        return server.getScheme()
                + "://"
                + server.getHost()
                + ":"
                + port()
                + " (from "
                + source
                + ")";
    }

    /** Stops the container, if one was started. */
    @Override
    public void close() {
        if (container != null) {
            try {
                container.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop the Redis container", e);
            }
        }
    }
}
