// corpus: bad ERR002
package corpus.bad;

import com.acme.shop.LoyaltyService;
import com.acme.shop.Order;
import com.acme.shop.OrderRepository;
import dev.errand.Job1;

public final class AwardLoyaltyPointsJob implements Job1<Long> {
    private final OrderRepository orderRepository;
    private final LoyaltyService loyaltyService;

    AwardLoyaltyPointsJob(OrderRepository orderRepository, LoyaltyService loyaltyService) {
        this.orderRepository = orderRepository;
        this.loyaltyService = loyaltyService;
    }

    @Override
    public void perform(Long orderId) {
        Order order = orderRepository.findById(orderId).orElseThrow();
        int points = order.getTotal().intValue() / 10;
        loyaltyService.addPoints(order.getCustomerId(), points);
    }
}
