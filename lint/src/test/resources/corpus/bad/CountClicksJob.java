// corpus: bad ERR002
package corpus.bad;

import dev.errand.Job2;
import redis.clients.jedis.Jedis;

public class CountClicksJob implements Job2<Long, String> {
    private final Jedis redis;

    CountClicksJob(Jedis redis) {
        this.redis = redis;
    }

    @Override
    public void perform(Long campaignId, String linkId) {
        redis.hincrBy("clicks:" + campaignId, linkId, 1);
    }
}
