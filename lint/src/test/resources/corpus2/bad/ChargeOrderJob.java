// INTENDED: ERR003 - gateway.charge with only a status != NEW precondition (no idempotency key)
package com.acme.jobs;

import com.acme.domain.Order;
import com.acme.domain.OrderStatus;
import com.acme.payments.PaymentGateway;
import com.acme.repo.OrderRepository;
import dev.errand.Job1;
import dev.errand.JobSpec;

public class ChargeOrderJob implements Job1<Long> {
    public static final JobSpec<ChargeOrderJob> SPEC =
            JobSpec.of(ChargeOrderJob.class).queue("payments").retry(5).build();
    private final OrderRepository orders;
    private final PaymentGateway gateway;

    public ChargeOrderJob(OrderRepository orders, PaymentGateway gateway) {
        this.orders = orders;
        this.gateway = gateway;
    }

    @Override
    public void perform(Long orderId) {
        Order order = orders.findById(orderId).orElseThrow();
        if (order.getStatus() != OrderStatus.NEW) {
            return;
        }
        String chargeId =
                gateway.charge(order.getPaymentToken(), order.getTotal(), order.getCurrency());
        order.setChargeId(chargeId);
        order.setStatus(OrderStatus.PAID);
        orders.save(order);
    }
}
