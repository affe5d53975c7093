// GOOD: JPQL with WHERE and setMaxResults
package com.acme.worker;

import com.acme.domain.Order;
import com.acme.domain.OrderStatus;
import dev.errand.Job0;
import dev.errand.JobSpec;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

public class StaleCartCleanupJob implements Job0 {
    public static final JobSpec<StaleCartCleanupJob> SPEC =
            JobSpec.of(StaleCartCleanupJob.class).build();
    private final EntityManager em;

    public StaleCartCleanupJob(EntityManager em) {
        this.em = em;
    }

    @Override
    public void perform() {
        List<Order> stale =
                em.createQuery(
                                "select o from Order o where o.status = :status and o.placedAt <"
                                        + " :cutoff",
                                Order.class)
                        .setParameter("status", OrderStatus.NEW)
                        .setParameter("cutoff", Instant.now().minus(30, ChronoUnit.DAYS))
                        .setMaxResults(500)
                        .getResultList();
        for (Order o : stale) {
            o.setStatus(OrderStatus.CANCELLED);
            em.merge(o);
        }
    }
}
