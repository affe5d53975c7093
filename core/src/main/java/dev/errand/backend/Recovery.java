package dev.errand.backend;

import java.util.List;

/**
 * What one recovery of dead processes' work did.
 *
 * @param requeued jobs pushed back to the front of their queues, to run again
 * @param killed poison pills: jobs whose processes died under them too often, moved to the dead set
 *     with a {@code PoisonPillException} error instead
 */
public record Recovery(List<QueuedJob> requeued, List<QueuedJob> killed) {

    public static final Recovery NONE = new Recovery(List.of(), List.of());

    public Recovery {
        requeued = List.copyOf(requeued);
        killed = List.copyOf(killed);
    }

    public boolean isEmpty() {
        return requeued.isEmpty() && killed.isEmpty();
    }
}
