package dev.errand;

import java.time.Duration;

public interface Backoff {
    static Backoff polynomial() {
        return null;
    }

    static Backoff fixed(Duration delay) {
        return null;
    }
}
