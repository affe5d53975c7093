// corpus: bad ERR009
package corpus.bad;

import com.acme.shop.Order;
import com.acme.shop.OrderRepository;
import dev.errand.JobClient;
import dev.errand.JobSpec;
import dev.errand.RawJob;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

public class OrderCheckoutService {
    private static final JobSpec<RawJob> CONFIRM = JobSpec.named("ConfirmOrderJob").build();
    private final OrderRepository orders;
    private final JobClient jobs;

    public OrderCheckoutService(OrderRepository orders, JobClient jobs) {
        this.orders = orders;
        this.jobs = jobs;
    }

    @Transactional
    public Long checkout(Order order) {
        Order saved = orders.save(order);
        jobs.enqueueArgs(CONFIRM, List.of(saved.getId()));
        return saved.getId();
    }
}
