package dev.errand.backend.redis;

import java.net.URI;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A Redis database of its own for one test class. The server comes from {@code REDIS_URL} (default
 * {@code redis://127.0.0.1:6379}); the database number in that URL is replaced by the one the test
 * class asks for, which must be 9 to 14, so tests never touch database 0 (the demo's) nor each
 * other's. {@link #flush()} empties only that database, never the server.
 *
 * <p>Each Redis test class takes a fixed number: {@code RedisBackendTest} 9, {@code FuzzTest} 10,
 * {@code KillTest} 11, {@code SigtermTest} 12, {@code ScheduleSurgeryTest} 13, {@code
 * SidekiqInteropTest} 14. Take a free one for a new class and note it here. Tests that stop or
 * restart Redis, or need AUTH or TLS, start a redis-server of their own on a spare port instead.
 */
public final class TestRedis implements AutoCloseable {

    private static final String DEFAULT_URL = "redis://127.0.0.1:6379";

    private final RedisUrl server;
    private final String rawUserInfo;
    private final int database;
    private final Jedis jedis;

    private TestRedis(RedisUrl server, String rawUserInfo, int database, Jedis jedis) {
        this.server = server;
        this.rawUserInfo = rawUserInfo;
        this.database = database;
        this.jedis = jedis;
    }

    /** Connects to database 9 to 14 of the test Redis, or fails saying how to start one. */
    public static TestRedis database(int database) {
        if (database < 9 || database > 14) {
            throw new IllegalArgumentException(
                    "test database: use 9 to 14 (0 is the demo's)," + " got " + database);
        }
        String env = System.getenv("REDIS_URL");
        String url = env == null || env.isBlank() ? DEFAULT_URL : env.trim();
        RedisUrl server = RedisUrl.parse(url);
        Jedis jedis =
                new Jedis(
                        new HostAndPort(server.host(), server.port()),
                        DefaultJedisClientConfig.builder()
                                .user(server.user())
                                .password(server.password())
                                .ssl(server.tls())
                                .database(database)
                                .build());
        try {
            jedis.ping();
        } catch (JedisException e) {
            jedis.close();
            throw new IllegalStateException(
                    "No Redis answers at "
                            + new RedisUrl(
                                            server.tls(),
                                            server.host(),
                                            server.port(),
                                            server.user(),
                                            null,
                                            database)
                                    .describe()
                            + " ("
                            + e.getMessage()
                            + "). Start one with `redis-server --daemonize yes --port 6379 --save"
                            + " \"\" --appendonly no`, or set REDIS_URL to a Redis the tests may"
                            + " use (databases 9 to 14 get flushed).",
                    e);
        }
        return new TestRedis(server, URI.create(url).getRawUserInfo(), database, jedis);
    }

    /** The URL of this test database, password included, to hand to the code under test. */
    public String url() {
        return (server.tls() ? "rediss://" : "redis://")
                + (rawUserInfo == null ? "" : rawUserInfo + "@")
                + server.host()
                + ":"
                + server.port()
                + "/"
                + database;
    }

    public int databaseNumber() {
        return database;
    }

    /** Empties this database only (FLUSHDB), before each test. */
    public void flush() {
        jedis.flushDB();
    }

    /** A direct connection to the test database, for arranging and inspecting raw keys. */
    public Jedis jedis() {
        return jedis;
    }

    @Override
    public void close() {
        jedis.close();
    }
}
