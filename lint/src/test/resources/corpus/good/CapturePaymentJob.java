// corpus: good
package corpus.good;

import com.acme.shop.Order;
import com.acme.shop.OrderRepository;
import com.acme.shop.PaymentGateway;
import dev.errand.Job1;

public class CapturePaymentJob implements Job1<Long> {
    OrderRepository orders;
    PaymentGateway gateway;

    @Override
    public void perform(Long orderId) {
        Order order = orders.findById(orderId).orElseThrow();
        String reference = "order-" + orderId;
        if (gateway.findChargeByReference(reference) != null) {
            return;
        }
        gateway.charge(order.getCustomerId(), order.getAmountCents());
    }
}
