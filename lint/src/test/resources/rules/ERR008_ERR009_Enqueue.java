package fixtures;

import com.acme.shop.Order;
import com.acme.shop.OrderRepository;
import dev.errand.Errand;
import dev.errand.Job1;
import dev.errand.JobSpec;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

class Reindex implements Job1<Long> {
    @Override
    public void perform(Long id) {}
}

class OrderService {
    static final JobSpec<Reindex> REINDEX = JobSpec.of(Reindex.class).build();
    Errand errand;
    OrderRepository orders;
    TransactionTemplate tx;
    EntityManager em;

    void loops(List<Long> ids) {
        for (Long id : ids) {
            errand.enqueue(REINDEX, id); // BUG: ERR008
        }
        for (int i = 0; i < ids.size(); i++) {
            errand.enqueueIn(REINDEX, java.time.Duration.ofSeconds(i), ids.get(i)); // BUG: ERR008
        }
        ids.forEach(id -> errand.enqueue(REINDEX, id)); // BUG: ERR008
        ids.stream().filter(id -> id > 0).forEach(id -> {
            errand.with(REINDEX).enqueue(id); // BUG: ERR008
        });
        ids.stream().map(id -> errand.enqueue(REINDEX, id)).toList(); // BUG: ERR008
        int n = 0;
        while (n++ < 3) {
            errand.push("Reindex", "default", List.of(n)); // BUG: ERR008
        }
    }

    void bulk(List<Long> ids) {
        errand.enqueueAll(REINDEX, ids);
        List<Long> collected = new ArrayList<>();
        for (Long id : ids) {
            collected.add(id);
        }
        errand.enqueueAll(REINDEX, collected);
        for (int round = 0; round < 2; round++) {
            errand.enqueueAllArgs(REINDEX, List.of(List.of(1L)));
            errand.with(REINDEX)
                    .in(java.time.Duration.ofMinutes(round))
                    .enqueueAll(List.of(List.of(2L)));
        }
        for (Long id : orders.findAll().stream().map(Order::getId).toList()) {
            collected.add(id);
        }
        errand.enqueue(REINDEX, collected.size() > 0 ? collected.get(0) : 0L);
    }

    @Transactional
    void placeOrder(Order order) {
        orders.save(order);
        errand.enqueue(REINDEX, order.getId()); // BUG: ERR009
    }

    void placeWithTemplate(Order order) {
        tx.executeWithoutResult(status -> {
            orders.save(order);
            errand.enqueue(REINDEX, order.getId()); // BUG: ERR009
        });
        tx.execute(status -> errand.enqueue(REINDEX, order.getId())); // BUG: ERR009
    }

    void manual(Order order) {
        em.getTransaction().begin();
        em.persist(order);
        errand.enqueue(REINDEX, order.getId()); // BUG: ERR009
        em.getTransaction().commit();
    }

    // Negative: after commit, outside the transaction, or not transactional.
    @Transactional
    void placeThenEnqueueAfterCommit(Order order) {
        orders.save(order);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                errand.enqueue(REINDEX, order.getId());
            }
        });
    }

    void placeThenEnqueue(Order order) {
        tx.executeWithoutResult(status -> orders.save(order));
        errand.enqueue(REINDEX, order.getId());
        em.getTransaction().begin();
        em.persist(order);
        em.getTransaction().commit();
        errand.enqueue(REINDEX, order.getId());
    }

    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void notInTransaction(Order order) {
        errand.enqueue(REINDEX, order.getId());
    }
}

@Transactional
class TransactionalFacade {
    Errand errand;

    void touch(Long id) {
        errand.enqueue(OrderService.REINDEX, id); // BUG: ERR009
    }
}

class SignupService {
    Errand errand;
    OrderRepository orders;

    @Transactional
    void signUp(Order order) {
        orders.save(order);
        welcome(order);
    }

    private void welcome(Order order) {
        schedule(order.getId());
    }

    private void schedule(Long id) {
        errand.enqueue(OrderService.REINDEX, id); // BUG: ERR009
    }

    @Transactional
    void signUpThenEnqueueAfterCommit(Order order) {
        orders.save(order);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                notifyLater(order.getId());
            }
        });
    }

    private void notifyLater(Long id) {
        errand.enqueue(OrderService.REINDEX, id);
    }
}
