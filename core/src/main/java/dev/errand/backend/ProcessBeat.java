package dev.errand.backend;

import java.time.LocalDate;
import java.util.Map;

/**
 * Everything one heartbeat writes: the process hash fields, the work hash, and the counters to add
 * to {@code stat:processed} / {@code stat:failed} (totals and the UTC day's keys).
 *
 * @param identity the process identity, {@code hostname:pid:nonce}
 * @param info the {@code info} JSON
 * @param work the work hash: a thread id to the JSON of {@code {queue, payload, run_at}}
 * @param ttlMillis how long the process record lives without another beat; once it is gone the
 *     process counts as dead and its in-progress jobs are recovered
 */
public record ProcessBeat(
        String identity,
        String info,
        int concurrency,
        int busy,
        double beat,
        boolean quiet,
        long rssKb,
        long rttMicros,
        Map<String, String> work,
        long processed,
        long failed,
        LocalDate day,
        long ttlMillis) {

    /** Sidekiq's expiry of a process record: 60 seconds. */
    public static final long DEFAULT_TTL_MILLIS = 60_000;

    public ProcessBeat {
        work = Map.copyOf(work);
        if (ttlMillis < 1) {
            throw new IllegalArgumentException("ttlMillis: must be positive, got " + ttlMillis);
        }
    }

    /** A beat with Sidekiq's 60-second expiry. */
    public ProcessBeat(
            String identity,
            String info,
            int concurrency,
            int busy,
            double beat,
            boolean quiet,
            long rssKb,
            long rttMicros,
            Map<String, String> work,
            long processed,
            long failed,
            LocalDate day) {
        this(
                identity,
                info,
                concurrency,
                busy,
                beat,
                quiet,
                rssKb,
                rttMicros,
                work,
                processed,
                failed,
                day,
                DEFAULT_TTL_MILLIS);
    }
}
