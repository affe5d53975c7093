package dev.errand.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A redis-server of a test's own, on a spare loopback port, with append-only persistence into a
 * folder under target/, so the test can stop and restart it without losing data and without
 * touching the shared Redis on 6379.
 */
final class RedisServerProcess implements AutoCloseable {
    private final int port;
    private final Path dir;
    private final List<String> extraArgs;
    private final String password;
    private Process process;

    private RedisServerProcess(int port, Path dir, List<String> extraArgs, String password) {
        this.port = port;
        this.dir = dir;
        this.extraArgs = extraArgs;
        this.password = password;
    }

    /** Starts a server; {@code password} is what the helper itself authenticates with. */
    static RedisServerProcess start(String name, String password, String... extraArgs)
            throws IOException, InterruptedException {
        Path dir = Files.createDirectories(Path.of("target", "reliability", name + "-redis"));
        try (var stale = Files.list(dir)) {
            for (Path file : stale.toList()) {
                deleteTree(file);
            }
        }
        RedisServerProcess server =
                new RedisServerProcess(sparePort(), dir, List.of(extraArgs), password);
        server.startProcess();
        return server;
    }

    static int sparePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    Path dir() {
        return dir;
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    void startProcess() throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(
                        List.of(
                                "redis-server",
                                "--port",
                                Integer.toString(port),
                                "--bind",
                                "127.0.0.1",
                                "--save",
                                "",
                                "--appendonly",
                                "yes",
                                "--appendfsync",
                                "always",
                                "--dir",
                                dir.toAbsolutePath().toString(),
                                "--daemonize",
                                "no"));
        command.addAll(extraArgs);
        process =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(
                                ProcessBuilder.Redirect.appendTo(
                                        dir.resolve("server.log").toFile()))
                        .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "redis-server exited at start; see " + dir.resolve("server.log"));
            }
            try (Jedis jedis = connect()) {
                jedis.ping();
                return;
            } catch (JedisException e) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("redis-server did not answer on port " + port);
    }

    Jedis connect() {
        DefaultJedisClientConfig.Builder config =
                DefaultJedisClientConfig.builder().socketTimeoutMillis(10_000);
        if (password != null) {
            config.password(password);
        }
        return new Jedis(new HostAndPort("127.0.0.1", port), config.build());
    }

    /** A clean stop: Redis writes and syncs its append-only file, then exits. */
    void stopProcess() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        try (Jedis jedis = connect()) {
            jedis.shutdown();
        } catch (JedisException e) {
            // The connection closes as the server exits.
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopProcess();
    }

    private static void deleteTree(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            try (var children = Files.list(path)) {
                for (Path child : children.toList()) {
                    deleteTree(child);
                }
            }
        }
        Files.deleteIfExists(path);
    }
}
