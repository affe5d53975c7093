package dev.errand.backend;

/** The global counters as Sidekiq's {@code Stats} reads them. */
public record StatsSnapshot(long processed, long failed) {}
