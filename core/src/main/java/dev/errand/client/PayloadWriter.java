package dev.errand.client;

import dev.errand.InvalidJobArgumentException;
import dev.errand.JobSpec;
import dev.errand.PushOptions;
import dev.errand.wire.ArgumentTypes;
import dev.errand.wire.Jid;
import dev.errand.wire.JsonArgs;
import dev.errand.wire.Timestamps;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds job hashes exactly as Sidekiq's client writes them: options first ({@code retry}, {@code
 * queue}, then {@code backtrace}, {@code retry_queue}, {@code dead}, {@code tags} when set), then
 * {@code args}, {@code class}, a fresh 24-hex {@code jid} and {@code created_at} in float seconds.
 * {@code enqueued_at} is added at push time, and only for jobs going straight to a queue; {@code
 * at} never appears (it becomes the schedule score).
 */
public final class PayloadWriter {

    private PayloadWriter() {}

    /** Checks the arguments and builds the hash of one job. */
    public static Map<String, Object> build(
            JobSpec<?> spec, List<?> args, PushOptions options, Instant now) {
        return build(spec, args, options, Timestamps.seconds(now));
    }

    /**
     * Builds one job with a {@code created_at} already in wire form, so a bulk push computes it
     * once for all its jobs.
     */
    public static Map<String, Object> build(
            JobSpec<?> spec, List<?> args, PushOptions options, BigDecimal createdAt) {
        String queue = checkedQueue(spec, args, options);
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("retry", spec.retry());
        job.put("queue", queue);
        if (spec.backtrace() != null) {
            job.put("backtrace", spec.backtrace());
        }
        spec.retryQueue().ifPresent(retryQueue -> job.put("retry_queue", retryQueue));
        if (!spec.dead()) {
            job.put("dead", false);
        }
        if (!spec.tags().isEmpty()) {
            job.put("tags", spec.tags());
        }
        job.put("args", new ArrayList<>(args));
        job.put("class", spec.className());
        job.put("jid", Jid.next());
        job.put("created_at", createdAt);
        return job;
    }

    /**
     * Checks one job's arguments and picks its queue: the push's own, or the one the spec picks for
     * these arguments.
     */
    static String checkedQueue(JobSpec<?> spec, List<?> args, PushOptions options) {
        checkArguments(spec, args);
        return options.queue() != null ? options.queue() : spec.queueFor(args);
    }

    /** Checks the arguments against JSON and against the job's declared argument types. */
    private static void checkArguments(JobSpec<?> spec, List<?> args) {
        JsonArgs.check(spec.className(), args);
        if (spec.argumentTypes().isEmpty()) {
            return;
        }
        List<Type> types = spec.argumentTypes().get();
        if (types.size() != args.size()) {
            throw new InvalidJobArgumentException(
                    spec.className()
                            + " takes "
                            + types.size()
                            + " argument(s) but "
                            + args.size()
                            + " were given: "
                            + args);
        }
        for (int i = 0; i < types.size(); i++) {
            ArgumentTypes.convert(spec.className(), i, args.get(i), types.get(i));
        }
    }
}
