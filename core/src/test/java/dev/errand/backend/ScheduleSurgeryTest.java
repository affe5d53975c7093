package dev.errand.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errand.backend.memory.InMemoryBackend;
import dev.errand.backend.redis.RedisBackend;
import dev.errand.backend.redis.TestRedis;
import dev.errand.wire.Payload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scheduler's in-place edit of a stored payload (enqueue_due.lua on Redis, PayloadSurgery in
 * memory). Each case must give, on both backends, a payload that Errand's own strict reader
 * accepts, with no top-level "at", a float enqueued_at, and every other byte kept. Uses Redis
 * database 13.
 */
class ScheduleSurgeryTest {
    private static TestRedis redis;

    @BeforeAll
    static void connect() {
        redis = TestRedis.database(13);
    }

    @AfterAll
    static void close() {
        redis.flush();
        redis.close();
    }

    private static List<String> moveThrough(Backend backend, String member) {
        backend.add(JobSet.SCHEDULE, List.of(new SortedEntry(1.0, member)));
        backend.enqueueDue(JobSet.SCHEDULE, 1796310423.5, 10);
        List<String> out = new ArrayList<>(backend.queuedJobs("q", 10));
        out.addAll(backend.queuedJobs("default", 10));
        for (SortedEntry dead : backend.entries(JobSet.DEAD, 10)) {
            out.add("DEAD " + dead.payload());
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"class\":\"A\",\"args\":[{\"at\":1,\"enqueued_at\":2}],"
                        + "\"queue\":\"q\",\"at\":5}",
                "{ \"class\" : \"A\" , \"args\" : [ ] , \"queue\" : \"q\" , \"at\" : 1e3 ,"
                        + " \"enqueued_at\" : 1.5 }",
                "{\"at\":1,\"class\":\"A\",\"args\":[],\"queue\":\"q\"}",
                "{\"class\":\"A\",\"args\":[\"}\\\"{,\\\\\"],\"queue\":\"q\",\"at\":2}",
                "{\"class\":\"A\",\"args\":[],\"queue\":\"q\",\"\\u0061t\":1}",
                "{\"class\":\"A\",\"args\":[],\"queue\":\"q\",\"enqueued\\u005fat\":1.0}",
                "{\"class\":\"A\",\"args\":[],\"queue\":\"q\",\"at\":[1,2]}",
                "{\"class\":\"A\",\"args\":[],\"queue\":\"q\",\"enqueued_at\":{\"x\":1}}",
                "{\"class\":\"A\",\"args\":[],\"queue\":\"q\",\"at\":\"\\u00e9\\ud83d\\ude00\"}",
                "{\"class\":\"A\",\"args\":[123456789012345678901234567890]}",
            })
    void enqueueDue_editsOnlyTopLevelAtAndEnqueuedAt(String member) {
        redis.flush();
        List<String> inMemory = moveThrough(new InMemoryBackend(), member);
        List<String> onRedis;
        try (RedisBackend backend = RedisBackend.fromUrl(redis.url(), 2)) {
            onRedis = moveThrough(backend, member);
        }

        assertThat(inMemory).as("in-memory result for %s", member).hasSize(1);
        assertThat(onRedis).as("redis result for %s", member).hasSize(1);
        // Errand's own worker reads with Payload.parse (strict duplicate detection): a payload
        // it cannot parse is buried in the dead set.
        Map<String, Object> memoryFields = Payload.parse(inMemory.get(0)).fields();
        Map<String, Object> redisFields = Payload.parse(onRedis.get(0)).fields();
        assertThat(redisFields)
                .as("redis vs in-memory for %s", member)
                .containsOnlyKeys(memoryFields.keySet());
        for (Map<String, Object> fields : List.of(memoryFields, redisFields)) {
            assertThat(fields).as("top-level at left in %s", fields).doesNotContainKey("at");
            assertThat(fields.get("enqueued_at")).isEqualTo(1796310423.5);
        }
    }
}
