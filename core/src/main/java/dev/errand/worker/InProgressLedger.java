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
 * the ledger's (a fetch on its way) and entries already removed (an acknowledgement whose reply was
 * lost). Then a run's two ends pin down every entry between them, and the backend checks only
 * those. Two things break that: a fetch whose reply was lost may have left entries this process
 * never saw among the ones it knows (until the stray checks after the outage pushed them back), and
 * a payload held twice lets Redis remove one copy where the ledger removes the other (until every
 * such copy has left the list, which is certain once the list is empty).
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

    /** A fetch reply was lost: the lists may hold entries this process never saw. */
    private boolean strayRisk;

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

    /** A fetch failed: whatever it moved may sit unseen in the lists until strays are checked. */
    synchronized void fetchFailed() {
        strayRisk = true;
    }

    /**
     * The stray checks after the last failed fetch are done: every entry is one this ledger knows.
     */
    synchronized void straysCleared() {
        strayRisk = false;
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
                if (!strayRisk && line.getValue().isKnownExactly()) {
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
    }

    /** How many copies of each payload this process knows it holds, to find strays. */
    synchronized Map<QueuedJob, Integer> payloadCounts() {
        Map<QueuedJob, Integer> counts = new HashMap<>();
        entries.keySet().forEach(job -> counts.merge(job, 1, Integer::sum));
        return counts;
    }

    synchronized int size() {
        return entries.size();
    }

    private void unlink(Entry entry) {
        Line line = lines.get(entry.job.queue());
        if (line != null) {
            line.remove(entry);
        }
    }

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
            if (oldest == null) {
                reordered = false;
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
