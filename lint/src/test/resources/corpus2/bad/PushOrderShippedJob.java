// INTENDED: ERR003 - push notification in a forEach lambda over devices
package com.acme.jobs;

import com.acme.domain.Order;
import com.acme.domain.User;
import com.acme.notify.PushNotifier;
import com.acme.repo.OrderRepository;
import com.acme.repo.UserRepository;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.List;

public class PushOrderShippedJob implements Job1<Long> {
    public static final JobSpec<PushOrderShippedJob> SPEC =
            JobSpec.of(PushOrderShippedJob.class).build();
    private final OrderRepository orders;
    private final UserRepository users;
    private final PushNotifier notifier;

    public PushOrderShippedJob(
            OrderRepository orders, UserRepository users, PushNotifier notifier) {
        this.orders = orders;
        this.users = users;
        this.notifier = notifier;
    }

    @Override
    public void perform(Long orderId) {
        Order order = orders.findById(orderId).orElseThrow();
        User customer = users.findById(order.getCustomerId()).orElseThrow();
        List<String> tokens = List.of(customer.getDeviceToken().split(","));
        tokens.forEach(
                token ->
                        notifier.pushToDevice(
                                token, "Shipped!", "Order #" + orderId + " is on its way"));
    }
}
