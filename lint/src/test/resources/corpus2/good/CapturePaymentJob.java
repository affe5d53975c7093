// GOOD: charge with an idempotency key derived from the order id
package com.acme.worker;

import com.acme.domain.Order;
import com.acme.domain.OrderStatus;
import com.acme.payments.PaymentGateway;
import com.acme.repo.OrderRepository;
import dev.errand.Job1;
import dev.errand.JobSpec;

public class CapturePaymentJob implements Job1<Long> {
    public static final JobSpec<CapturePaymentJob> SPEC =
            JobSpec.of(CapturePaymentJob.class).queue("payments").build();
    private final OrderRepository orders;
    private final PaymentGateway gateway;

    public CapturePaymentJob(OrderRepository orders, PaymentGateway gateway) {
        this.orders = orders;
        this.gateway = gateway;
    }

    @Override
    public void perform(Long orderId) {
        Order order = orders.findById(orderId).orElseThrow();
        String idempotencyKey = "order-charge-" + orderId;
        String chargeId =
                gateway.charge(
                        order.getPaymentToken(),
                        order.getTotal(),
                        order.getCurrency(),
                        idempotencyKey);
        order.setChargeId(chargeId);
        order.setStatus(OrderStatus.PAID);
        orders.save(order);
    }
}
