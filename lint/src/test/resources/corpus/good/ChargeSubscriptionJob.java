// corpus: good
package corpus.good;

import com.acme.shop.ChargeRequest;
import com.acme.shop.Order;
import com.acme.shop.OrderRepository;
import com.acme.shop.PaymentGateway;
import dev.errand.Job1;

public class ChargeSubscriptionJob implements Job1<Long> {
    OrderRepository orders;
    PaymentGateway gateway;

    @Override
    public void perform(Long orderId) {
        Order order = orders.getReferenceById(orderId);
        String paymentId =
                gateway.charge(
                        ChargeRequest.builder()
                                .customerId(order.getCustomerId())
                                .amountCents(order.getAmountCents())
                                .idempotencyKey("subscription-order-" + orderId)
                                .build());
        order.setPaymentId(paymentId);
        orders.save(order);
    }
}
