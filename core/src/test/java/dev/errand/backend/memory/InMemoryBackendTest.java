package dev.errand.backend.memory;

import dev.errand.backend.Backend;
import dev.errand.backend.BackendContract;
import dev.errand.support.HandMovedClock;
import java.time.Duration;
import java.time.Instant;

class InMemoryBackendTest extends BackendContract {

    private final HandMovedClock clock = new HandMovedClock(Instant.parse("2026-12-03T10:00:00Z"));

    @Override
    protected Backend newBackend() {
        return new InMemoryBackend(clock);
    }

    @Override
    protected void expireHeartbeat(String identity) {
        clock.advance(Duration.ofSeconds(61));
    }

    @Override
    protected void awaitExpiry(String identity, Duration ttl) {
        clock.advance(ttl);
    }
}
