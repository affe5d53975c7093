// GOOD: points recomputed from orders and written with an absolute set
package com.acme.worker;

import com.acme.domain.Order;
import com.acme.domain.OrderStatus;
import com.acme.loyalty.LoyaltyService;
import com.acme.repo.OrderRepository;
import dev.errand.Job1;
import dev.errand.JobSpec;

public class RecomputeLoyaltyPointsJob implements Job1<Long> {
    public static final JobSpec<RecomputeLoyaltyPointsJob> SPEC =
            JobSpec.of(RecomputeLoyaltyPointsJob.class).build();
    private final OrderRepository orders;
    private final LoyaltyService loyalty;

    public RecomputeLoyaltyPointsJob(OrderRepository orders, LoyaltyService loyalty) {
        this.orders = orders;
        this.loyalty = loyalty;
    }

    @Override
    public void perform(Long userId) {
        int points = 0;
        for (Order order : orders.findByCustomerId(userId)) {
            if (order.getStatus() == OrderStatus.PAID || order.getStatus() == OrderStatus.SHIPPED) {
                points += order.getTotal().intValue();
            }
        }
        loyalty.setPoints(userId, points);
    }
}
