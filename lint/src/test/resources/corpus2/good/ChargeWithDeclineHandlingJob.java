// GOOD: idempotent charge; PaymentDeclinedException handled by marking the order
package com.acme.worker;

import com.acme.domain.Order;
import com.acme.domain.OrderStatus;
import com.acme.payments.PaymentDeclinedException;
import com.acme.payments.PaymentGateway;
import com.acme.repo.OrderRepository;
import dev.errand.Job1;
import dev.errand.JobSpec;

public class ChargeWithDeclineHandlingJob implements Job1<Long> {
    public static final JobSpec<ChargeWithDeclineHandlingJob> SPEC =
            JobSpec.of(ChargeWithDeclineHandlingJob.class).queue("payments").build();
    private final OrderRepository orders;
    private final PaymentGateway gateway;

    public ChargeWithDeclineHandlingJob(OrderRepository orders, PaymentGateway gateway) {
        this.orders = orders;
        this.gateway = gateway;
    }

    @Override
    public void perform(Long orderId) {
        Order order = orders.findById(orderId).orElseThrow();
        if (order.getChargeId() != null) {
            return; // already charged
        }
        try {
            order.setChargeId(
                    gateway.charge(order.getPaymentToken(), order.getTotal(), order.getCurrency()));
            order.setStatus(OrderStatus.PAID);
        } catch (PaymentDeclinedException declined) {
            order.setStatus(OrderStatus.CANCELLED);
        }
        orders.save(order);
    }
}
