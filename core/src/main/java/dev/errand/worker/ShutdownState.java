package dev.errand.worker;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which processor threads were abandoned at the shutdown deadline. Their jobs were pushed back to
 * the queues before the threads were interrupted, so whatever those threads report afterwards is
 * neither acknowledged nor retried.
 */
final class ShutdownState {
    private final Set<Thread> abandoned = ConcurrentHashMap.newKeySet();

    void abandon(Thread thread) {
        abandoned.add(thread);
    }

    boolean abandoned(Thread thread) {
        return abandoned.contains(thread);
    }
}
