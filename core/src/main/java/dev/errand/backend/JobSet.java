package dev.errand.backend;

/** Sidekiq's three sorted sets of jobs, under their Redis key names. */
public enum JobSet {
    SCHEDULE("schedule"),
    RETRY("retry"),
    DEAD("dead");

    private final String key;

    JobSet(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
