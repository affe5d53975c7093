package dev.errand.samples.app;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Sends mobile push notifications; this fake keeps what it delivered. */
public class PushGateway {

    /** One notification delivered. */
    public record Delivered(long userId, String text) {}

    private final Set<Long> unregistered = ConcurrentHashMap.newKeySet();
    private final List<Delivered> delivered = new CopyOnWriteArrayList<>();

    public void unregister(long userId) {
        unregistered.add(userId);
    }

    public void send(long userId, String text) {
        if (unregistered.contains(userId)) {
            throw new DeviceUnregisteredException(userId);
        }
        delivered.add(new Delivered(userId, text));
    }

    public List<Delivered> delivered() {
        return List.copyOf(delivered);
    }
}
