// corpus: bad ERR007
package corpus.bad;

import com.acme.shop.ProductRepository;
import com.acme.shop.SearchIndex;
import dev.errand.Job0;
import org.springframework.data.domain.Sort;

public class ReindexCatalogJob implements Job0 {
    ProductRepository products;
    SearchIndex index;

    @Override
    public void perform() {
        products.findAll(Sort.by("id")).forEach(p -> index.index(p.getId(), p.getSku()));
    }
}
