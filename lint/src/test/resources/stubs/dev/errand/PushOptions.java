package dev.errand;

import java.time.Instant;

public record PushOptions(String queue, Instant at) {}
