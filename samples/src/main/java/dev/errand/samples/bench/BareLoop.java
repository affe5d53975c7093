package dev.errand.samples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.Jedis;

/**
 * The ceiling for a drain: one thread popping a hundred payloads per round trip (RPOP with a count)
 * and parsing each with Jackson. No in-progress list, no acknowledgement, no stats, no middleware:
 * a job popped here is lost if the process dies, which is why it is only a ceiling.
 */
final class BareLoop {
    private static final int BATCH = 100;

    private BareLoop() {}

    /** Drains {@code expected} payloads from {@code queue:NAME}; returns the elapsed nanos. */
    @SuppressWarnings("unchecked")
    static long drain(Jedis jedis, String queue, int expected) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String key = "queue:" + queue;
        long started = System.nanoTime();
        int seen = 0;
        long checksum = 0;
        while (seen < expected) {
            List<String> batch = jedis.rpop(key, BATCH);
            if (batch == null || batch.isEmpty()) {
                throw new IllegalStateException(
                        key + " ran dry after " + seen + " of " + expected + " jobs");
            }
            for (String payload : batch) {
                Map<String, Object> job = mapper.readValue(payload, Map.class);
                checksum += ((List<Object>) job.get("args")).size();
            }
            seen += batch.size();
        }
        long elapsed = System.nanoTime() - started;
        if (checksum != expected) {
            throw new IllegalStateException(
                    "read " + checksum + " arguments, expected " + expected);
        }
        return elapsed;
    }
}
