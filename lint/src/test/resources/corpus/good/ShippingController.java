// corpus: good
package corpus.good;

import com.acme.shop.Order;
import com.acme.shop.OrderRepository;
import dev.errand.JobClient;
import dev.errand.JobSpec;
import dev.errand.RawJob;
import java.util.List;
import java.util.Map;

public class ShippingController {
    private static final JobSpec<RawJob> SHIP =
            JobSpec.named("ShipOrderJob").queue("shipping").build();
    JobClient client;
    OrderRepository orders;

    public String ship(Long id, String carrier) {
        Order order = orders.findById(id).orElseThrow();
        return client.enqueueArgs(
                SHIP, List.of(order.getId(), carrier, Map.of("priority", "high", "weight", 2)));
    }
}
