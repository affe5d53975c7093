package dev.errand.testing.internal;

import dev.errand.testing.TestRedis;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Databases 1 to 8 of one test Redis, lent to one test at a time; a ninth parallel test waits for
 * one to come back. One pool per test run, kept by the JUnit extension in its root store (never in
 * a static field), which closes it at the end of the run. Not part of the public API.
 */
public final class DatabasePool implements AutoCloseable {
    public static final int FIRST = 1;
    public static final int LAST = 8;
    private static final Duration WAIT = Duration.ofMinutes(2);

    private final TestRedis redis;
    private final BlockingQueue<Integer> free = new ArrayBlockingQueue<>(LAST - FIRST + 1);

    public DatabasePool(TestRedis redis) {
        this.redis = redis;
        for (int database = FIRST; database <= LAST; database++) {
            free.add(database);
        }
    }

    public TestRedis redis() {
        return redis;
    }

    public int lease() {
        try {
            Integer database = free.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (database == null) {
                throw new IllegalStateException(
                        "no free Redis test database (1 to 8) after "
                                + WAIT
                                + ": are more than 8 Redis tests running at once and not"
                                + " finishing?");
            }
            return database;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a Redis database", e);
        }
    }

    public void release(int database) {
        free.add(database);
    }

    @Override
    public void close() {
        redis.close();
    }
}
