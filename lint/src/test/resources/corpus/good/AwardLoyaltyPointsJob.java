// corpus: good
package corpus.good;

import com.acme.shop.LoyaltyService;
import com.acme.shop.Order;
import com.acme.shop.OrderRepository;
import com.acme.shop.ProcessedKeys;
import dev.errand.Job1;

public final class AwardLoyaltyPointsJob implements Job1<Long> {
    private final OrderRepository orderRepository;
    private final LoyaltyService loyaltyService;
    private final ProcessedKeys processedKeys;

    AwardLoyaltyPointsJob(OrderRepository orders, LoyaltyService loyalty, ProcessedKeys keys) {
        this.orderRepository = orders;
        this.loyaltyService = loyalty;
        this.processedKeys = keys;
    }

    @Override
    public void perform(Long orderId) {
        if (!processedKeys.claim("loyalty:order:" + orderId)) {
            return;
        }
        Order order = orderRepository.findById(orderId).orElseThrow();
        loyaltyService.addPoints(order.getCustomerId(), order.getTotal().intValue() / 10);
    }
}
