package dev.errand.backend;

import java.time.LocalDate;
import java.util.Map;

/**
 * Everything one heartbeat writes: the process hash fields, the work hash, and the counters to
 * add to {@code stat:processed} / {@code stat:failed} (totals and the UTC day's keys).
 *
 * @param identity the process identity, {@code hostname:pid:nonce}
 * @param info the {@code info} JSON
 * @param work the work hash: a thread id to the JSON of {@code {queue, payload, run_at}}
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
        LocalDate day) {

    public ProcessBeat {
        work = Map.copyOf(work);
    }
}
