package dev.errand.wire;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Optional;

/**
 * Sidekiq's two timestamp encodings. Up to 7.x every time is a float of epoch seconds; 8.0 writes
 * integer epoch milliseconds in the payload (scores stay float seconds). Errand writes float
 * seconds with six decimals, which every Sidekiq version reads correctly, and reads both forms,
 * telling them apart by the JSON lexical type exactly as Sidekiq 8 does: a float is seconds, an
 * integer is milliseconds.
 */
public final class Timestamps {

    private Timestamps() {}

    /** Epoch seconds with microseconds, always written with a fractional part. */
    public static BigDecimal seconds(Instant instant) {
        long micros =
                Math.addExact(
                        Math.multiplyExact(instant.getEpochSecond(), 1_000_000L),
                        instant.getNano() / 1_000);
        return BigDecimal.valueOf(micros, 6);
    }

    /**
     * A score (float epoch seconds) as the text Errand writes into payloads and process records:
     * six decimals, never an exponent.
     */
    public static String scoreText(double score) {
        return BigDecimal.valueOf(Math.round(score * 1e6), 6).toPlainString();
    }

    /** The sorted-set score for a time: float epoch seconds. */
    public static double score(Instant instant) {
        return instant.getEpochSecond() + instant.getNano() / 1e9;
    }

    public static Instant fromScore(double score) {
        if (!Double.isFinite(score) || Math.abs(score) > 3.1e16) {
            throw new java.time.DateTimeException("not a time: " + score + " epoch seconds");
        }
        long seconds = (long) Math.floor(score);
        long nanos = Math.round((score - seconds) * 1e9);
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /**
     * Reads a payload timestamp in either encoding; empty when absent or not a number. A numeric
     * string is read as seconds, the way a stray {@code at} might arrive.
     */
    public static Optional<Instant> read(Object value) {
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            double seconds = ((Number) value).doubleValue();
            try {
                return Optional.of(fromScore(seconds));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            try {
                return Optional.of(Instant.ofEpochMilli(((Number) value).longValue()));
            } catch (ArithmeticException | java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        if (value instanceof String text) {
            try {
                return read(Double.valueOf(text.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
