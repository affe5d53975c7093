package dev.errand.backend;

import java.util.Objects;

/** A member of the schedule, retry or dead set: its score is float epoch seconds. */
public record SortedEntry(double score, String payload) {
    public SortedEntry {
        Objects.requireNonNull(payload, "payload");
    }
}
