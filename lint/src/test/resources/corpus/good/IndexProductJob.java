// corpus: good
package corpus.good;

import com.acme.shop.ProductRepository;
import com.acme.shop.SearchIndex;
import dev.errand.Job1;

public class IndexProductJob implements Job1<Long> {
    private final ProductRepository products;
    private final SearchIndex index;

    IndexProductJob(ProductRepository products, SearchIndex index) {
        this.products = products;
        this.index = index;
    }

    @Override
    public void perform(Long productId) {
        products.findById(productId)
                .ifPresentOrElse(
                        p -> index.index(p.getId(), p.getSku()), () -> index.remove(productId));
    }
}
