package dev.errand.worker;

import dev.errand.backend.FinishedJobs;
import dev.errand.backend.QueuedJob;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * This process's account of its in-progress lists: every job it took and has not yet acknowledged
 * or pushed back, per queue in the order taken (which is the lists' order), and which of them have
 * finished. From it come the acknowledgements: the finished jobs at the old end of a list form a
 * run that the backend cuts off in one step; a job that finished while an older one still runs
 * waits a little for that one to finish too, then is removed on its own.
 *
 * <p>Jobs are told apart by identity (the instance the fetch returned), never by their payload, so
 * two equal payloads stay two jobs. Thread-safe.
 *
 * <p>A list is known exactly when its entries are, in order, the ledger's, up to entries newer than
 * the ledger's (a fetch on its way) and entries already removed. Then a run's two ends pin down
 * every entry between them, and the backend checks only those. The ledger is in step with the lists
 * from the start (a new process has empty lists) until any write to them fails: a lost reply leaves
 * it unknown what Redis did, and a stray check or push-back after an outage can move entries. It is
 * in step again only once a read of the lists shows each of them in the ledger's order ({@link
 * #bringInStep}). A payload held twice also lets Redis remove one copy where the ledger removes the
 * other: such a list is not known exactly until every copy has left it (certain once the list is
 * empty while in step) or a read shows it in order.
 */
final class InProgressLedger {
    /**
     * How long a finished job waits for the older ones before it is acknowledged on its own: long
     * enough for a job that started just before it to finish, short enough that few finished jobs
     * would run again after a crash.
     */
    static final long LOOSE_GRACE_NANOS = 10_000_000;

    private final Map<String, Line> lines = new HashMap<>();
    private final Map<QueuedJob, Entry> entries = new IdentityHashMap<>();
    private final List<Entry> finished = new ArrayList<>();

    /** No write to the lists failed since the ledger was last seen to match them. */
    private boolean inStep = true;

    /** Counts the times the ledger fell out of step, so a read taken before one is not trusted. */
    private long outOfStepCount;

    /** Jobs a fetch moved into the in-progress lists, oldest first. */
    synchronized void took(List<QueuedJob> jobs) {
        for (QueuedJob job : jobs) {
            Entry entry = new Entry(job);
            entries.put(job, entry);
            lines.computeIfAbsent(job.queue(), queue -> new Line()).append(entry);
        }
    }

    /** Jobs that left the in-progress lists other than by acknowledgement (pushed back). */
    synchronized void removed(List<QueuedJob> jobs) {
        for (QueuedJob job : jobs) {
            Entry entry = entries.remove(job);
            if (entry != null) {
                unlink(entry);
                if (entry.finished) {
                    finished.remove(entry);
                }
            }
        }
    }

    /**
     * Jobs that left the ledger whether or not they left the lists (the launcher's push-back at
     * stop, which may have failed): the ledger is out of step, in the same step as they leave.
     */
    synchronized void dropped(List<QueuedJob> jobs) {
        removed(jobs);
        outOfStep();
    }

    /** Marks jobs finished; {@code now} is {@link System#nanoTime()}. */
    synchronized void finished(List<QueuedJob> jobs, long now) {
        for (QueuedJob job : jobs) {
            Entry entry = entries.get(job);
            if (entry != null && !entry.finished) {
                entry.finished = true;
                entry.finishedAt = now;
                finished.add(entry);
            }
        }
    }

    /**
     * A write to the lists failed (fetch, acknowledgement, push-back): Redis may or may not have
     * done it, so the lists may differ from the ledger until a read shows otherwise.
     */
    synchronized void outOfStep() {
        inStep = false;
        outOfStepCount++;
    }

    synchronized boolean inStep() {
        return inStep;
    }

    /** What the ledger holds now, to compare with a read of the lists that follows. */
    synchronized Snapshot snapshot() {
        Map<String, List<Held>> held = new HashMap<>();
        boolean repeats = false;
        for (Map.Entry<String, Line> line : lines.entrySet()) {
            List<Held> list = new ArrayList<>();
            for (Entry e = line.getValue().oldest; e != null; e = e.newer) {
                list.add(new Held(e.job.payload(), e.sending));
            }
            held.put(line.getKey(), list);
            repeats |= line.getValue().repeated > 0;
        }
        return new Snapshot(outOfStepCount, held, repeats);
    }

    /**
     * Puts the ledger back in step when the lists, read after {@code before} was taken, are each
     * exactly the ledger's entries in the ledger's order, except for entries that were being
     * acknowledged (they may be gone), and no write failed since {@code before}. An entry the
     * ledger holds that is missing from the read (a lost reply, a push-back the ledger did not
     * follow) keeps it out of step until that entry has left the ledger too.
     *
     * @param listed the lists' entries, each list's oldest first, as the backend reads them
     * @return whether the ledger is in step now
     */
    synchronized boolean bringInStep(Snapshot before, List<QueuedJob> listed) {
        if (before.outOfStepCount() != outOfStepCount || before.repeats()) {
            return inStep;
        }
        Map<String, List<String>> read = new HashMap<>();
        for (QueuedJob job : listed) {
            read.computeIfAbsent(job.queue(), queue -> new ArrayList<>()).add(job.payload());
        }
        Set<String> queues = new HashSet<>(read.keySet());
        queues.addAll(before.held().keySet());
        for (String queue : queues) {
            if (!sameOrder(
                    before.held().getOrDefault(queue, List.of()),
                    read.getOrDefault(queue, List.of()))) {
                return inStep;
            }
        }
        inStep = true;
        lines.values().forEach(line -> line.reordered = false);
        return true;
    }

    /** Whether {@code read} is {@code held}, less entries that were being acknowledged. */
    private static boolean sameOrder(List<Held> held, List<String> read) {
        int next = 0;
        for (Held entry : held) {
            if (next < read.size() && read.get(next).equals(entry.payload())) {
                next++;
            } else if (!entry.sending()) {
                return false;
            }
        }
        return next == read.size();
    }

    synchronized boolean hasFinished() {
        return !finished.isEmpty();
    }

    /**
     * What to acknowledge now: per queue the run of finished jobs at the old end of its list, and
     * the other finished jobs that waited their grace (all of them when {@code everything}). The
     * jobs chosen are marked as being sent, so a second sender leaves them alone (and makes no run
     * of a list whose old end is being sent), until {@link #acknowledged} or {@link #notSent}.
     */
    synchronized Acknowledgement acknowledgement(long now, boolean everything) {
        Map<String, List<QueuedJob>> oldest = new LinkedHashMap<>();
        Set<String> exact = new HashSet<>();
        List<Entry> chosen = new ArrayList<>();
        for (Map.Entry<String, Line> line : lines.entrySet()) {
            Entry first = line.getValue().oldest;
            if (first == null || first.sending) {
                continue;
            }
            List<QueuedJob> run = new ArrayList<>();
            for (Entry e = first; e != null && e.finished && !e.sending; e = e.newer) {
                run.add(e.job);
                e.sending = true;
                chosen.add(e);
            }
            if (!run.isEmpty()) {
                oldest.put(line.getKey(), run);
                if (inStep && line.getValue().isKnownExactly()) {
                    exact.add(line.getKey());
                }
            }
        }
        List<QueuedJob> others = new ArrayList<>();
        for (Entry entry : finished) {
            if (!entry.sending && (everything || now - entry.finishedAt >= LOOSE_GRACE_NANOS)) {
                others.add(entry.job);
                entry.sending = true;
                chosen.add(entry);
            }
        }
        return new Acknowledgement(new FinishedJobs(oldest, others, exact), chosen);
    }

    /** The backend took an acknowledgement: its jobs leave the ledger. */
    synchronized void acknowledged(Acknowledgement acknowledgement) {
        if (acknowledgement.isEmpty()) {
            return;
        }
        for (Entry entry : acknowledgement.entries) {
            entries.remove(entry.job);
            unlink(entry);
            entry.acknowledged = true;
        }
        finished.removeIf(entry -> entry.acknowledged);
    }

    /** An acknowledgement failed: its jobs stay finished, to be sent again. */
    synchronized void notSent(Acknowledgement acknowledgement) {
        acknowledgement.entries.forEach(entry -> entry.sending = false);
        outOfStep();
    }

    synchronized int size() {
        return entries.size();
    }

    private void unlink(Entry entry) {
        Line line = lines.get(entry.job.queue());
        if (line != null) {
            line.remove(entry);
            if (line.oldest == null && inStep) {
                // Empty here and, with every write answered, empty in Redis: nothing is out of
                // order.
                line.reordered = false;
            }
        }
    }

    /**
     * The ledger at one moment: each line's entries oldest first, and whether any line held a
     * payload twice.
     */
    record Snapshot(long outOfStepCount, Map<String, List<Held>> held, boolean repeats) {

        /** The entries of a read of the lists that this ledger did not hold, copy for copy. */
        List<QueuedJob> strays(List<QueuedJob> listed) {
            Map<QueuedJob, Integer> known = new HashMap<>();
            held.forEach(
                    (queue, entries) ->
                            entries.forEach(
                                    entry ->
                                            known.merge(
                                                    new QueuedJob(queue, entry.payload()),
                                                    1,
                                                    Integer::sum)));
            List<QueuedJob> strays = new ArrayList<>();
            for (QueuedJob job : listed) {
                Integer count = known.get(job);
                if (count == null || count == 0) {
                    strays.add(job);
                } else {
                    known.put(job, count - 1);
                }
            }
            return strays;
        }
    }

    /** An entry of a snapshot: its payload, and whether it was being acknowledged. */
    record Held(String payload, boolean sending) {}

    /** The jobs to send, and the ledger entries they settle once the backend took them. */
    record Acknowledgement(FinishedJobs jobs, List<Entry> entries) {
        boolean isEmpty() {
            return entries.isEmpty();
        }
    }

    /**
     * One in-progress list, as a chain from its oldest entry to its newest, with a count of each
     * payload, to know whether the list is known exactly.
     */
    private static final class Line {
        Entry oldest;
        Entry newest;
        private final Map<String, Integer> copies = new HashMap<>();

        /** Payloads held more than once. */
        private int repeated;

        /** A copy of a repeated payload left: Redis may have removed another copy of it. */
        private boolean reordered;

        void append(Entry entry) {
            if (newest == null) {
                oldest = entry;
            } else {
                newest.newer = entry;
                entry.older = newest;
            }
            newest = entry;
            if (copies.merge(entry.job.payload(), 1, Integer::sum) == 2) {
                repeated++;
            }
        }

        void remove(Entry entry) {
            if (entry.older != null) {
                entry.older.newer = entry.newer;
            } else if (oldest == entry) {
                oldest = entry.newer;
            } else {
                return;
            }
            if (entry.newer != null) {
                entry.newer.older = entry.older;
            } else if (newest == entry) {
                newest = entry.older;
            }
            entry.older = null;
            entry.newer = null;
            int count = copies.merge(entry.job.payload(), -1, Integer::sum);
            if (count == 0) {
                copies.remove(entry.job.payload());
            } else {
                reordered = true;
                if (count == 1) {
                    repeated--;
                }
            }
        }

        boolean isKnownExactly() {
            return repeated == 0 && !reordered;
        }
    }

    /** A job in hand, and how far it got. */
    static final class Entry {
        final QueuedJob job;
        boolean finished;
        long finishedAt;
        boolean sending;
        boolean acknowledged;
        Entry older;
        Entry newer;

        Entry(QueuedJob job) {
            this.job = job;
        }
    }
}
