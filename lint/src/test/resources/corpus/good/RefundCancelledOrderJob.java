// corpus: good
package corpus.good;

import com.acme.shop.Order;
import com.acme.shop.OrderRepository;
import com.acme.shop.OrderStatus;
import com.acme.shop.PaymentGateway;
import dev.errand.Job1;

public class RefundCancelledOrderJob implements Job1<Long> {
    OrderRepository orders;
    PaymentGateway payments;

    @Override
    public void perform(Long orderId) {
        Order order = orders.findById(orderId).orElseThrow();
        if (order.getStatus() == OrderStatus.REFUNDED) {
            return;
        }
        payments.refund(order.getPaymentId(), order.getAmountCents());
        order.setStatus(OrderStatus.REFUNDED);
        orders.save(order);
    }
}
