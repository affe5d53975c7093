package dev.errand.client;

import dev.errand.JobSpec;
import dev.errand.PushOptions;
import dev.errand.backend.QueuedJob;
import dev.errand.backend.SortedEntry;
import dev.errand.wire.Jid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The jobs of one push that no client middleware touches, checked in full before anything is
 * written and encoded again one batch at a time as the batches are written.
 *
 * <p>The check runs every job through what {@link JobPreparer#prepare} enforces: the arguments, the
 * queue, and the payload size limit, measured on the JSON in the encoder's buffer. It keeps the jid
 * and the queue of each job, not its JSON, so a push of a million jobs holds a million jids but
 * only one batch of payloads at a time. The second encoding is byte for byte the first: the same
 * arguments, queue, jid and time go into the same encoder.
 *
 * <p>The argument lists are read twice; a caller that changes them while the push runs gets the
 * changed values written unchecked.
 */
final class CheckedPush implements Pusher.Writes {
    private final Object[] argumentLists;
    private final String[] queues;
    private final String[] jids;
    private final PayloadEncoder encoder;
    private final Double score;

    private CheckedPush(
            Object[] argumentLists,
            String[] queues,
            String[] jids,
            PayloadEncoder encoder,
            Double score) {
        this.argumentLists = argumentLists;
        this.queues = queues;
        this.jids = jids;
        this.encoder = encoder;
        this.score = score;
    }

    /**
     * Checks every job and gives each a jid.
     *
     * @param now the time of the push in wire form
     * @param score the schedule score for jobs that run later, or null for jobs due now
     * @throws IllegalArgumentException for the first job that fails a check
     */
    static CheckedPush check(
            JobPreparer preparer,
            JobSpec<?> spec,
            List<? extends List<?>> argumentLists,
            PushOptions options,
            BigDecimal now,
            Double score) {
        Object[] lists = argumentLists.toArray();
        String[] queues = new String[lists.length];
        String[] jids = new String[lists.length];
        PayloadEncoder encoder = new PayloadEncoder(spec, now, score == null);
        for (int i = 0; i < lists.length; i++) {
            List<?> args = (List<?>) lists[i];
            queues[i] = PayloadWriter.checkedQueue(spec, args, options);
            jids[i] = Jid.next();
            preparer.checkSize(spec, encoder.draft(args, queues[i], jids[i]));
        }
        return new CheckedPush(lists, queues, jids, encoder, score);
    }

    /** The jids, in the order of the argument lists. */
    List<String> jids() {
        return Arrays.asList(jids);
    }

    @Override
    public int size() {
        return jids.length;
    }

    @Override
    public List<Object> slice(int from, int to) {
        List<Object> batch = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            String json = encoder.write((List<?>) argumentLists[i], queues[i], jids[i]);
            batch.add(
                    score == null ? new QueuedJob(queues[i], json) : new SortedEntry(score, json));
        }
        return batch;
    }
}
