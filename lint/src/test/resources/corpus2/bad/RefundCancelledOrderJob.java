// INTENDED: ERR003 - Stripe Refund.create without RequestOptions/idempotency key
package com.acme.jobs;

import com.acme.domain.Order;
import com.acme.repo.OrderRepository;
import com.stripe.model.Refund;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.HashMap;
import java.util.Map;

public class RefundCancelledOrderJob implements Job1<Long> {
    public static final JobSpec<RefundCancelledOrderJob> SPEC =
            JobSpec.of(RefundCancelledOrderJob.class).queue("payments").build();
    private final OrderRepository orders;

    public RefundCancelledOrderJob(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public void perform(Long orderId) throws Exception {
        Order order = orders.findById(orderId).orElseThrow();
        Map<String, Object> params = new HashMap<>();
        params.put("charge", order.getChargeId());
        params.put("reason", "requested_by_customer");
        Refund refund = Refund.create(params);
        order.setStatus(com.acme.domain.OrderStatus.REFUNDED);
        orders.save(order);
    }
}
