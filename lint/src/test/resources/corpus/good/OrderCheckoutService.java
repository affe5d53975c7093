// corpus: good
package corpus.good;

import com.acme.shop.Order;
import com.acme.shop.OrderRepository;
import dev.errand.JobClient;
import dev.errand.JobSpec;
import dev.errand.RawJob;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
        TransactionSynchronizationManager.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        jobs.enqueueArgs(CONFIRM, List.of(saved.getId()));
                    }
                });
        return saved.getId();
    }
}
