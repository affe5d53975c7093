package dev.errand.samples.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Payments received, one per order: recording the same order twice keeps the first entry. */
public class Ledger {

    /** One payment. */
    public record Payment(long orderId, long amountCents, String currency) {}

    private final Map<Long, Payment> byOrder = new ConcurrentHashMap<>();

    /** Records the payment unless the order already has one; returns whether it was new. */
    public boolean record(Payment payment) {
        return byOrder.putIfAbsent(payment.orderId(), payment) == null;
    }

    public Map<Long, Payment> payments() {
        return Map.copyOf(byOrder);
    }
}
