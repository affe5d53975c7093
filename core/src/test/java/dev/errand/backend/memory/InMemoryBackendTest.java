package dev.errand.backend.memory;

import dev.errand.backend.Backend;
import dev.errand.backend.BackendContract;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

class InMemoryBackendTest extends BackendContract {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-03T10:00:00Z"));

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

    /** A clock the test moves by hand; the backend reads it for process expiry. */
    private static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
