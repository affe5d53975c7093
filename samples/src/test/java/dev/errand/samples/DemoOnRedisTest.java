package dev.errand.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errand.Errand;
import dev.errand.samples.Demo.Summary;
import dev.errand.samples.demo.DeliverWebhook;
import dev.errand.samples.demo.RedisHousekeeping;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The demo on the Redis at {@code REDIS_URL}, in database 12 rather than the one the URL names, so
 * that it never meets the data of the demo itself (database 0) or of other tests.
 */
@EnabledIfEnvironmentVariable(named = "REDIS_URL", matches = ".+")
class DemoOnRedisTest {
    private static final int DATABASE = 12;
    private final String url = inDatabase(System.getenv("REDIS_URL"), DATABASE);
    private final PrintStream silent = new PrintStream(OutputStream.nullOutputStream());

    @AfterEach
    void removeDeadDeliveries() {
        RedisHousekeeping.removeEntries(url, "dead", Set.of(DeliverWebhook.QUEUE));
    }

    @Test
    void run_onRedis_settlesEveryDeliveryAsTheWorkloadDesigns() throws Exception {
        RedisHousekeeping.prepare(url, Set.of(DeliverWebhook.QUEUE), silent);

        Summary summary;
        try (Errand errand = Errand.redis(url)) {
            summary = Demo.run(errand, 1_000, silent);
        }

        assertThat(summary.dead()).as("dead").isEqualTo(50);
        assertThat(summary.discarded()).as("discarded").isEqualTo(50);
        assertThat(summary.succeeded()).as("succeeded").isEqualTo(900);
        assertThat(summary.retried()).as("retried").isEqualTo(400);
        assertThat(summary.processed()).as("processed").isEqualTo(1_400);
    }

    private static String inDatabase(String redisUrl, int database) {
        URI uri = URI.create(redisUrl);
        return uri.getScheme()
                + "://"
                + (uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@")
                + uri.getHost()
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + "/"
                + database;
    }
}
