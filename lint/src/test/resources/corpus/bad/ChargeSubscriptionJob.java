// corpus: bad ERR003
package corpus.bad;

import com.acme.shop.Order;
import com.acme.shop.OrderRepository;
import com.acme.shop.OrderStatus;
import com.acme.shop.PaymentGateway;
import dev.errand.Job1;

public class ChargeSubscriptionJob implements Job1<Long> {
    OrderRepository orders;
    PaymentGateway gateway;

    @Override
    public void perform(Long orderId) throws Exception {
        Order order = orders.getReferenceById(orderId);
        if (order.getStatus() != OrderStatus.PENDING) {
            return;
        }
        String paymentId = gateway.charge(order.getCustomerId(), order.getAmountCents());
        order.setPaymentId(paymentId);
        order.setStatus(OrderStatus.PAID);
        orders.save(order);
    }
}
