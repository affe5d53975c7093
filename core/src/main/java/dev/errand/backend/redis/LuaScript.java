package dev.errand.backend.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.commands.PipelineCommands;
import redis.clients.jedis.exceptions.JedisDataException;

/**
 * One of the Lua scripts kept next to this class as a resource. It runs by EVALSHA with the SHA-1
 * computed here; when Redis answers NOSCRIPT (a restart, a failover, SCRIPT FLUSH) it runs once by
 * EVAL, which also puts it back in Redis's script cache. A script may name helper files (such as
 * {@code json_text.lua}) that are placed ahead of its own source.
 */
final class LuaScript {

    static final LuaScript ENQUEUE_DUE = load("enqueue_due.lua", "json_text.lua");
    static final LuaScript FETCH = load("fetch.lua");
    static final LuaScript TRIM_ACKNOWLEDGED = load("trim_acknowledged.lua");
    static final LuaScript REQUEUE = load("requeue.lua");
    static final LuaScript RECOVER_ORPHANS = load("recover_orphans.lua", "json_text.lua");
    static final LuaScript FORGET_IN_PROGRESS = load("forget_in_progress.lua");

    private final String name;
    private final String source;
    private final String sha;

    private LuaScript(String name, String source) {
        this.name = name;
        this.source = source;
        this.sha = sha1(source);
    }

    String name() {
        return name;
    }

    Object run(UnifiedJedis redis, List<String> keys, List<String> args) {
        try {
            return redis.evalsha(sha, keys, args);
        } catch (JedisDataException e) {
            if (!isNoScript(e)) {
                throw e;
            }
            return redis.eval(source, keys, args);
        }
    }

    /** Queues the script in a pipeline or transaction; read it back with {@link #result}. */
    Response<Object> queue(PipelineCommands commands, List<String> keys, List<String> args) {
        return commands.evalsha(sha, keys, args);
    }

    /**
     * The queued call's reply; when the script was missing from Redis's cache, runs it again on its
     * own. Only scripts whose effect does not depend on the commands queued with them may be queued
     * this way.
     */
    Object result(
            Response<Object> response, UnifiedJedis redis, List<String> keys, List<String> args) {
        try {
            return response.get();
        } catch (JedisDataException e) {
            if (!isNoScript(e)) {
                throw e;
            }
            return redis.eval(source, keys, args);
        }
    }

    private static boolean isNoScript(JedisDataException e) {
        return e.getMessage() != null && e.getMessage().startsWith("NOSCRIPT");
    }

    private static LuaScript load(String name, String... helpers) {
        StringBuilder source = new StringBuilder();
        for (String helper : helpers) {
            source.append(read(helper)).append('\n');
        }
        return new LuaScript(name, source.append(read(name)).toString());
    }

    private static String read(String name) {
        try (InputStream in = LuaScript.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(
                        "Lua script "
                                + name
                                + " is missing from the jar,"
                                + " next to "
                                + LuaScript.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Lua script " + name, e);
        }
    }

    private static String sha1(String source) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-1")
                            .digest(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-1, which Redis script ids need", e);
        }
    }
}
