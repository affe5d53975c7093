// corpus: bad ERR001
package corpus.bad;

import com.acme.shop.Order;
import com.acme.shop.OrderRepository;
import dev.errand.JobClient;
import dev.errand.JobSpec;
import dev.errand.RawJob;
import java.util.List;

public class ShippingController {
    private static final JobSpec<RawJob> SHIP = JobSpec.named("ShipOrderJob").build();
    JobClient client;
    OrderRepository orders;

    public void ship(Long id) {
        Order order = orders.findById(id).orElseThrow();
        client.enqueueArgs(SHIP, List.of(order));
    }
}
