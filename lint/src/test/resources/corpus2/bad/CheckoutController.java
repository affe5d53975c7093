// INTENDED: ERR001 - enqueue passes the Money record (an object) to a Job1<Object>-style raw job
// via enqueue
package com.acme.web;

import com.acme.domain.Money;
import com.acme.domain.Order;
import com.acme.repo.OrderRepository;
import dev.errand.Errand;
import dev.errand.Job2;
import dev.errand.JobSpec;

public class CheckoutController {
    /** A worker implemented by the payments team; it takes (orderId, amount). */
    public interface AuthorizePayment extends Job2<Long, Object> {}

    public static final JobSpec<AuthorizePayment> AUTHORIZE =
            JobSpec.of(AuthorizePayment.class).queue("payments").build();

    private final Errand errand;
    private final OrderRepository orders;

    public CheckoutController(Errand errand, OrderRepository orders) {
        this.errand = errand;
        this.orders = orders;
    }

    public String checkout(Long orderId) {
        Order order = orders.findById(orderId).orElseThrow();
        Money amount = new Money(order.getTotal(), order.getCurrency());
        return errand.enqueue(AUTHORIZE, order.getId(), amount);
    }
}
