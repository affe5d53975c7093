// corpus: good
package corpus.good;

import com.acme.shop.ProductRepository;
import dev.errand.Job1;
import redis.clients.jedis.Jedis;

public class WarmCacheJob implements Job1<Long> {
    ProductRepository products;
    Jedis jedis;

    @Override
    public void perform(Long productId) {
        products.findById(productId).ifPresent(p -> jedis.set("product:" + p.getId(), p.getSku()));
    }
}
