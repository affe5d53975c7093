// corpus: bad ERR002
package corpus.bad;

import dev.errand.Job2;
import redis.clients.jedis.Jedis;

public class RecordPageViewJob implements Job2<String, Long> {
    private final Jedis jedis = new Jedis();

    @Override
    public void perform(String path, Long userId) {
        jedis.incr("pageviews:" + path);
    }
}
