// corpus: good
package corpus.good;

import dev.errand.Job2;
import redis.clients.jedis.Jedis;

public class RecordUniqueVisitorJob implements Job2<String, Long> {
    private final Jedis jedis = new Jedis();

    @Override
    public void perform(String day, Long userId) {
        jedis.sadd("visitors:" + day, String.valueOf(userId));
        jedis.expire("visitors:" + day, 172_800);
    }
}
