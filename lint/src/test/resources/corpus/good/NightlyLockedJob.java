// corpus: good
package corpus.good;

import dev.errand.Job0;
import redis.clients.jedis.Jedis;

public class NightlyLockedJob implements Job0 {
    Jedis jedis;

    @Override
    public void perform() {
        if (jedis.setnx("lock:nightly", "1") == 0) {
            return;
        }
        try {
            compact();
        } finally {
            jedis.del("lock:nightly");
        }
    }

    private void compact() {}
}
