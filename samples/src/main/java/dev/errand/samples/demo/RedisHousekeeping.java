package dev.errand.samples.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;
import redis.clients.jedis.resps.Tuple;

/**
 * Gets a shared Redis ready for the demo without touching anyone else's data: it empties the demo's
 * own queues, removes entries of those queues that an interrupted earlier run left in the retry and
 * schedule sets, and reports what else the database holds. It never flushes a database and leaves
 * the dead set alone, so dead jobs of earlier runs stay visible in the Web UI.
 */
public final class RedisHousekeeping {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RedisHousekeeping() {}

    public static void prepare(String redisUrl, Set<String> queues, PrintStream out) {
        try (Jedis redis = new Jedis(URI.create(redisUrl))) {
            for (String queue : queues) {
                long waiting = redis.llen("queue:" + queue);
                redis.del("queue:" + queue);
                redis.srem("queues", queue);
                out.printf("Redis: cleared queue %s (%,d waiting)%n", queue, waiting);
            }
            int leftovers =
                    removeEntriesOf(redis, "retry", queues)
                            + removeEntriesOf(redis, "schedule", queues);
            if (leftovers > 0) {
                out.printf(
                        "Redis: removed %,d jobs of an earlier demo run from the retry and"
                                + " schedule sets%n",
                        leftovers);
            }
            out.printf(
                    "Redis: left as they are: retry set %,d, schedule set %,d, dead set %,d,"
                            + " %,d other queues%n",
                    redis.zcard("retry"),
                    redis.zcard("schedule"),
                    redis.zcard("dead"),
                    redis.scard("queues"));
        }
    }

    /**
     * Removes from the sorted set {@code set} (retry, schedule or dead) the entries whose queue is
     * one of {@code queues}, and returns how many there were.
     */
    public static int removeEntries(String redisUrl, String set, Set<String> queues) {
        try (Jedis redis = new Jedis(URI.create(redisUrl))) {
            return removeEntriesOf(redis, set, queues);
        }
    }

    private static int removeEntriesOf(Jedis redis, String set, Set<String> queues) {
        List<String> ours = new ArrayList<>();
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<Tuple> page = redis.zscan(set, cursor, new ScanParams().count(500));
            for (Tuple entry : page.getResult()) {
                if (queues.contains(queueOf(entry.getElement()))) {
                    ours.add(entry.getElement());
                }
            }
            cursor = page.getCursor();
        } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
        if (!ours.isEmpty()) {
            redis.zrem(set, ours.toArray(String[]::new));
        }
        return ours.size();
    }

    private static String queueOf(String payload) {
        try {
            JsonNode queue = JSON.readTree(payload).path("queue");
            return queue.isTextual() ? queue.asText() : null;
        } catch (Exception e) {
            return null;
        }
    }
}
