// corpus: good
package corpus.good;

import com.acme.shop.Product;
import com.acme.shop.ProductRepository;
import dev.errand.RawJob;
import java.util.List;

public class LegacyImportWorker implements RawJob {
    private final ProductRepository products;

    public LegacyImportWorker(ProductRepository products) {
        this.products = products;
    }

    @Override
    public void perform(List<Object> args) {
        Long productId = ((Number) args.get(0)).longValue();
        int stock = ((Number) args.get(1)).intValue();
        Product product = products.findById(productId).orElseThrow();
        product.setStock(stock);
        products.save(product);
    }
}
