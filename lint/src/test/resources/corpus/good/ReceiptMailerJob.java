// corpus: good
package corpus.good;

import com.acme.shop.Mailer;
import com.acme.shop.Order;
import com.acme.shop.OrderRepository;
import dev.errand.Job1;

public class ReceiptMailerJob implements Job1<Long> {
    private final OrderRepository orders;
    private final Mailer mailer;

    public ReceiptMailerJob(OrderRepository orders, Mailer mailer) {
        this.orders = orders;
        this.mailer = mailer;
    }

    @Override
    public void perform(Long orderId) {
        if (orders.markReceiptSent(orderId) == 0) {
            return;
        }
        Order order = orders.getReferenceById(orderId);
        mailer.send(order.getCustomerEmail(), "Your receipt", "Total: " + order.getTotal());
    }
}
