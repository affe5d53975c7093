package dev.errand.samples.app;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The user table. */
public class Users {
    private final Map<Long, User> byId = new ConcurrentHashMap<>();

    public void save(User user) {
        byId.put(user.id(), user);
    }

    /** The user with this id; a missing user is an error, not a null to trip over later. */
    public User find(long id) {
        User user = byId.get(id);
        if (user == null) {
            throw new UserDeletedException(id);
        }
        return user;
    }

    public void markWelcomeEmailSent(long id, Instant at) {
        byId.computeIfPresent(id, (key, user) -> user.withWelcomeEmailSentAt(at));
    }

    public void delete(long id) {
        byId.remove(id);
    }

    public List<Long> ids() {
        return byId.keySet().stream().sorted().toList();
    }
}
