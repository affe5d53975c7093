package dev.errand.samples.demo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Customers' webhook endpoints, faked: each delivery meets the behaviour {@link Workload} gives its
 * id. Thread-safe.
 */
public final class WebhookEndpoints {
    private final Map<Long, AtomicInteger> attempts = new ConcurrentHashMap<>();

    /** Posts the event of delivery {@code deliveryId}. */
    public void post(long deliveryId) {
        int attempt =
                attempts.computeIfAbsent(deliveryId, id -> new AtomicInteger()).incrementAndGet();
        switch (Workload.fate(deliveryId)) {
            case SUCCEEDS -> {}
            case TIMES_OUT_THEN_SUCCEEDS -> {
                if (attempt <= Workload.timeouts(deliveryId)) {
                    throw new EndpointTimeoutException(deliveryId, attempt);
                }
            }
            case DISCARDED -> throw new SubscriptionCancelledException(deliveryId);
            case DIES -> throw new EndpointRejectedException(deliveryId);
        }
    }
}
