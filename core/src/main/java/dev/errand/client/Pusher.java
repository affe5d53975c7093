package dev.errand.client;

import dev.errand.JobSpec;
import dev.errand.PushOptions;
import dev.errand.backend.Backend;
import dev.errand.backend.BackendException;
import dev.errand.backend.JobSet;
import dev.errand.backend.QueuedJob;
import dev.errand.backend.SortedEntry;
import dev.errand.middleware.ClientChain;
import dev.errand.wire.Timestamps;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The client's push path: builds each payload, runs client middleware, enforces the payload size
 * limit, and writes the jobs in batches of a thousand, one round trip each. Jobs due now (or in the
 * past) go to their queue with {@code enqueued_at}; later ones go to the schedule set.
 *
 * <p>Every job is checked, size limit included, before anything is written, so a bad argument in a
 * bulk push writes nothing. Without client middleware the payloads are then encoded again batch by
 * batch as they are written ({@link CheckedPush}), so a bulk push holds one batch of payloads at a
 * time; with middleware every job's hash is built and kept, since middleware runs once per job.
 *
 * <p>A backend failure raises {@link PushFailedException}; batches written before it stay written,
 * and the exception carries the rest, built, for {@link #retry}.
 */
public final class Pusher {
    static final int BATCH = 1000;

    /** The payloads of one push, handed out a batch at a time. */
    interface Writes {
        int size();

        /** The payloads from {@code from} (inclusive) to {@code to}, as the backend takes them. */
        List<Object> slice(int from, int to);

        static Writes of(List<Object> payloads) {
            return new Writes() {
                @Override
                public int size() {
                    return payloads.size();
                }

                @Override
                public List<Object> slice(int from, int to) {
                    return payloads.subList(from, to);
                }
            };
        }
    }

    private final Backend backend;
    private final JobPreparer preparer;
    private final Clock clock;

    public Pusher(Backend backend, ClientChain middleware, Clock clock, int maxPayloadBytes) {
        this.backend = backend;
        this.preparer = new JobPreparer(middleware, maxPayloadBytes);
        this.clock = clock;
    }

    public List<String> push(
            JobSpec<?> spec, List<? extends List<?>> argumentLists, PushOptions options) {
        Instant now = clock.instant();
        BigDecimal nowSeconds = Timestamps.seconds(now);
        boolean scheduled = options.at() != null && options.at().isAfter(now);
        if (!preparer.hasMiddleware()) {
            Double score = scheduled ? Timestamps.score(options.at()) : null;
            CheckedPush jobs =
                    CheckedPush.check(preparer, spec, argumentLists, options, nowSeconds, score);
            write(spec.className(), jobs.jids(), jobs, scheduled);
            return jobs.jids();
        }

        List<String> jids = new ArrayList<>(argumentLists.size());
        List<Object> writes = new ArrayList<>(argumentLists.size());
        for (List<?> args : argumentLists) {
            JobPreparer.PreparedJob job =
                    preparer.prepare(spec, args, options, nowSeconds, scheduled);
            if (job == null) {
                jids.add(null);
                continue;
            }
            jids.add(job.jid());
            writes.add(
                    scheduled
                            ? new SortedEntry(Timestamps.score(options.at()), job.json())
                            : new QueuedJob(job.queue(), job.json()));
        }
        write(spec.className(), jids, Writes.of(writes), scheduled);
        return jids;
    }

    /**
     * Writes again the payloads a failed push did not confirm, byte for byte, so the jobs keep
     * their jids. Raises a new {@link PushFailedException} if the backend fails again.
     *
     * @return the jids of the original push
     */
    public List<String> retry(PushFailedException failure) {
        write(
                "the failed push",
                failure.jids(),
                Writes.of(failure.unwritten()),
                failure.scheduled());
        return failure.jids();
    }

    @SuppressWarnings("unchecked")
    private void write(String what, List<String> jids, Writes writes, boolean scheduled) {
        for (int from = 0; from < writes.size(); from += BATCH) {
            List<Object> batch = writes.slice(from, Math.min(writes.size(), from + BATCH));
            try {
                if (scheduled) {
                    backend.add(JobSet.SCHEDULE, (List<SortedEntry>) (List<?>) batch);
                } else {
                    backend.push((List<QueuedJob>) (List<?>) batch);
                }
            } catch (BackendException e) {
                throw new PushFailedException(
                        "could not push "
                                + (writes.size() - from)
                                + " job(s) of "
                                + what
                                + " to "
                                + backend.describe()
                                + " ("
                                + from
                                + " written before): "
                                + sentence(e.getMessage())
                                + " Retry with errand.retryPush(exception) to push the same jobs"
                                + " with the same jids.",
                        e,
                        jids,
                        writes.slice(from, writes.size()),
                        scheduled);
            }
        }
    }

    private static String sentence(String message) {
        return message != null && message.endsWith(".") ? message : message + ".";
    }
}
