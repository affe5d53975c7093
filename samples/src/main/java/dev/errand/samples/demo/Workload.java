package dev.errand.samples.demo;

/**
 * What happens to each delivery, decided by its id so that the outcome of a run is known in
 * advance. Of every hundred deliveries (by {@code id % 100}):
 *
 * <ul>
 *   <li>0-74 succeed at once;
 *   <li>75-89 time out once, twice or three times ({@code 1 + (id % 100) % 3}), then succeed;
 *   <li>90-94 find the subscription cancelled, and are discarded;
 *   <li>95-99 are rejected on every run, and die after two retries.
 * </ul>
 */
public final class Workload {

    /** What a delivery is designed to do. */
    public enum Fate {
        SUCCEEDS,
        TIMES_OUT_THEN_SUCCEEDS,
        DISCARDED,
        DIES
    }

    private Workload() {}

    public static Fate fate(long deliveryId) {
        long bucket = Math.floorMod(deliveryId, 100);
        if (bucket < 75) {
            return Fate.SUCCEEDS;
        }
        if (bucket < 90) {
            return Fate.TIMES_OUT_THEN_SUCCEEDS;
        }
        return bucket < 95 ? Fate.DISCARDED : Fate.DIES;
    }

    /** How many times a delivery times out before it succeeds (0 unless it is designed to). */
    public static int timeouts(long deliveryId) {
        return fate(deliveryId) == Fate.TIMES_OUT_THEN_SUCCEEDS
                ? 1 + (int) Math.floorMod(deliveryId, 100) % 3
                : 0;
    }
}
