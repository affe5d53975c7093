package dev.errand;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

public final class Enqueue<J extends Job> {
    public Enqueue<J> queue(String queue) {
        return this;
    }

    public Enqueue<J> at(Instant at) {
        return this;
    }

    public Enqueue<J> in(Duration delay) {
        return this;
    }

    public String enqueue(Object... args) {
        return null;
    }

    public List<String> enqueueAll(List<? extends List<?>> argumentLists) {
        return List.of();
    }
}
