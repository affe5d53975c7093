// GOOD: compare-and-set status update (markPaidIfNew) returns 0 when already done
package com.acme.worker;

import com.acme.domain.Order;
import com.acme.domain.OrderStatus;
import com.acme.payments.PaymentGateway;
import com.acme.repo.OrderRepository;
import dev.errand.Job1;
import dev.errand.JobSpec;

public class CaptureAuthorizedOrderJob implements Job1<Long> {
    public static final JobSpec<CaptureAuthorizedOrderJob> SPEC =
            JobSpec.of(CaptureAuthorizedOrderJob.class).queue("payments").build();
    private final OrderRepository orders;
    private final PaymentGateway gateway;

    public CaptureAuthorizedOrderJob(OrderRepository orders, PaymentGateway gateway) {
        this.orders = orders;
        this.gateway = gateway;
    }

    @Override
    public void perform(Long orderId) {
        if (orders.markPaidIfNew(orderId, OrderStatus.PAID) == 0) {
            return;
        }
        Order order = orders.findById(orderId).orElseThrow();
        gateway.capture(order.getPaymentToken());
    }
}
