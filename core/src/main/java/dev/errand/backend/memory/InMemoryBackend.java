package dev.errand.backend.memory;

import dev.errand.PoisonPillException;
import dev.errand.backend.Backend;
import dev.errand.backend.DeadSetLimits;
import dev.errand.backend.FinishedJobs;
import dev.errand.backend.JobSet;
import dev.errand.backend.ProcessBeat;
import dev.errand.backend.QueuedJob;
import dev.errand.backend.Recovery;
import dev.errand.backend.SortedEntry;
import dev.errand.backend.StatsSnapshot;
import dev.errand.wire.Json;
import dev.errand.wire.MalformedPayloadException;
import dev.errand.wire.Timestamps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The embedded backend: Sidekiq's data structures held in this JVM, behind one lock. It keeps the
 * same promises as the Redis backend (the contract tests run against both), so the demo, local
 * development and fast tests behave as production does, minus durability: everything is gone when
 * the JVM exits, and only workers in this JVM can see the jobs.
 *
 * <p>Process records expire after their heartbeat's time to live (60 seconds unless configured) by
 * the given clock, which is what lets {@link #recoverOrphans()} find the work of a worker that
 * stopped beating. Crash counts for the poison-pill rule are kept per jid until the job is killed;
 * unlike Redis's, they do not expire.
 */
public final class InMemoryBackend implements Backend {

    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition jobPushed = lock.newCondition();

    private final Map<String, Deque<String>> queues = new HashMap<>();
    private final Set<String> queueNames = new LinkedHashSet<>();
    private final Map<JobSet, ScoredSet> sets = new EnumMap<>(JobSet.class);
    private final Map<String, Map<String, List<String>>> inProgress = new HashMap<>();
    private final Map<String, Map<String, String>> processRecords = new HashMap<>();
    private final Map<String, Instant> processExpiry = new HashMap<>();
    private final Set<String> processes = new LinkedHashSet<>();
    private final Map<String, Deque<String>> signals = new HashMap<>();
    private final Map<String, Long> counters = new HashMap<>();
    private final Map<String, Integer> crashes = new HashMap<>();

    /** Each process's concurrency, from its heartbeats, kept after its record expires. */
    private final Map<String, Integer> concurrency = new HashMap<>();

    public InMemoryBackend() {
        this(Clock.systemUTC());
    }

    public InMemoryBackend(Clock clock) {
        this.clock = clock;
        for (JobSet set : JobSet.values()) {
            sets.put(set, new ScoredSet());
        }
    }

    @Override
    public void push(List<QueuedJob> jobs) {
        lock.lock();
        try {
            for (QueuedJob job : jobs) {
                queueNames.add(job.queue());
                queue(job.queue()).addFirst(job.payload());
            }
            jobPushed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void add(JobSet set, List<SortedEntry> entries) {
        lock.lock();
        try {
            for (SortedEntry entry : entries) {
                sets.get(set).add(entry.score(), entry.payload());
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void kill(SortedEntry entry, DeadSetLimits limits) {
        lock.lock();
        try {
            ScoredSet dead = sets.get(JobSet.DEAD);
            dead.add(entry.score(), entry.payload());
            dead.removeScoredBelow(entry.score() - limits.timeout().toMillis() / 1000.0);
            dead.keepNewest(limits.maxJobs() - 1);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int enqueueDue(JobSet set, double now, int limit) {
        lock.lock();
        try {
            int moved = 0;
            ScoredSet source = sets.get(set);
            while (moved < limit) {
                Optional<SortedEntry> due = source.first().filter(entry -> entry.score() <= now);
                if (due.isEmpty()) {
                    break;
                }
                source.remove(due.get().payload());
                moveToQueue(due.get().payload(), now);
                moved++;
            }
            if (moved > 0) {
                jobPushed.signalAll();
            }
            return moved;
        } finally {
            lock.unlock();
        }
    }

    private void moveToQueue(String payload, double now) {
        try {
            Map<String, Object> fields = Json.readObject(payload);
            Object named = fields.get("queue") == null ? "default" : fields.get("queue");
            if (!(named instanceof String queue)
                    || queue.isEmpty()
                    || !(fields.get("class") instanceof String)) {
                throw new MalformedPayloadException("no queue name or no string class");
            }
            String refreshed = PayloadSurgery.withEnqueuedAt(payload, now);
            queueNames.add(queue);
            queue(queue).addFirst(refreshed);
        } catch (MalformedPayloadException e) {
            sets.get(JobSet.DEAD).add(now, payload);
        }
    }

    @Override
    public Optional<Double> earliestScore(JobSet set) {
        lock.lock();
        try {
            return sets.get(set).first().map(SortedEntry::score);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<QueuedJob> fetch(
            String identity,
            List<String> fromQueues,
            int max,
            Duration wait,
            FinishedJobs finished) {
        long deadline = System.nanoTime() + wait.toNanos();
        lock.lock();
        try {
            removeInProgress(identity, finished.all());
            while (true) {
                List<QueuedJob> taken = take(identity, fromQueues, max);
                long remaining = deadline - System.nanoTime();
                if (!taken.isEmpty() || remaining <= 0) {
                    return taken;
                }
                jobPushed.awaitNanos(remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } finally {
            lock.unlock();
        }
    }

    private List<QueuedJob> take(String identity, List<String> fromQueues, int max) {
        List<QueuedJob> taken = new ArrayList<>();
        for (String name : fromQueues) {
            Deque<String> queue = queues.get(name);
            while (queue != null && !queue.isEmpty() && taken.size() < max) {
                String payload = queue.removeLast();
                inProgressList(identity, name).add(payload);
                taken.add(new QueuedJob(name, payload));
            }
        }
        return taken;
    }

    @Override
    public void acknowledge(String identity, FinishedJobs finished) {
        lock.lock();
        try {
            removeInProgress(identity, finished.all());
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void requeue(String identity, List<QueuedJob> jobs) {
        lock.lock();
        try {
            // Last given first, so the first given ends at the tail and is taken first again.
            // Only jobs still in progress go back: a recovered or acknowledged one is not doubled.
            for (int i = jobs.size() - 1; i >= 0; i--) {
                QueuedJob job = jobs.get(i);
                if (inProgressList(identity, job.queue()).remove(job.payload())) {
                    queueNames.add(job.queue());
                    queue(job.queue()).addLast(job.payload());
                }
            }
            jobPushed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void removeInProgress(String identity, List<QueuedJob> jobs) {
        for (QueuedJob job : jobs) {
            inProgressList(identity, job.queue()).remove(job.payload());
        }
    }

    @Override
    public List<QueuedJob> inProgress(String identity) {
        lock.lock();
        try {
            List<QueuedJob> jobs = new ArrayList<>();
            inProgress
                    .getOrDefault(identity, Map.of())
                    .forEach(
                            (queue, payloads) ->
                                    payloads.forEach(
                                            payload -> jobs.add(new QueuedJob(queue, payload))));
            return jobs;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<QueuedJob> recoverOrphans() {
        return recoverOrphans(
                        Integer.MAX_VALUE,
                        Timestamps.score(clock.instant()),
                        DeadSetLimits.SIDEKIQ_DEFAULTS)
                .requeued();
    }

    @Override
    public Recovery recoverOrphans(int maxCrashes, double now, DeadSetLimits limits) {
        lock.lock();
        try {
            expireProcesses();
            List<QueuedJob> requeued = new ArrayList<>();
            List<QueuedJob> killed = new ArrayList<>();
            Iterator<Map.Entry<String, Map<String, List<String>>>> owners =
                    inProgress.entrySet().iterator();
            while (owners.hasNext()) {
                Map.Entry<String, Map<String, List<String>>> owner = owners.next();
                if (processRecords.containsKey(owner.getKey())) {
                    continue;
                }
                int window = crashWindow(concurrency.get(owner.getKey()));
                owner.getValue()
                        .forEach(
                                (queue, payloads) -> {
                                    // Newest first, so the oldest taken ends at the tail and runs
                                    // first.
                                    boolean[] dies = new boolean[payloads.size()];
                                    for (int i = payloads.size() - 1; i >= 0; i--) {
                                        String payload = payloads.get(i);
                                        String key = crashKey(payload);
                                        dies[i] =
                                                i < window
                                                        && crashes.merge(key, 1, Integer::sum)
                                                                >= maxCrashes;
                                        if (dies[i]) {
                                            crashes.remove(key);
                                            kill(
                                                    new SortedEntry(
                                                            now,
                                                            PayloadSurgery.withPoisonPillError(
                                                                    payload,
                                                                    PoisonPillException.class
                                                                            .getName(),
                                                                    PoisonPillException.message(
                                                                            maxCrashes),
                                                                    now)),
                                                    limits);
                                        } else {
                                            queueNames.add(queue);
                                            queue(queue).addLast(payload);
                                        }
                                    }
                                    for (int i = 0; i < payloads.size(); i++) {
                                        (dies[i] ? killed : requeued)
                                                .add(new QueuedJob(queue, payloads.get(i)));
                                    }
                                });
                owners.remove();
            }
            if (!requeued.isEmpty()) {
                jobPushed.signalAll();
            }
            return new Recovery(requeued, killed);
        } finally {
            lock.unlock();
        }
    }

    /**
     * How many of the oldest jobs of an in-progress list count a crash: those the owner could have
     * been running or had just finished (twice its concurrency). Newer ones were still waiting in
     * its fetch buffer, never started, and are requeued without blame.
     */
    static int crashWindow(Integer ownerConcurrency) {
        return ownerConcurrency == null ? Integer.MAX_VALUE : 2 * ownerConcurrency;
    }

    /** The jid when the payload has one, else the payload itself, as the Redis script keys it. */
    private static String crashKey(String payload) {
        try {
            if (Json.readObject(payload).get("jid") instanceof String jid && !jid.isEmpty()) {
                return "jid:" + jid;
            }
        } catch (MalformedPayloadException e) {
            // Not a JSON object: counted under the payload itself.
        }
        return "payload:" + payload;
    }

    @Override
    public Optional<String> heartbeat(ProcessBeat beat) {
        lock.lock();
        try {
            concurrency.put(beat.identity(), beat.concurrency());
            addCounts(beat.processed(), beat.failed(), beat.day());
            Map<String, String> record = new LinkedHashMap<>();
            record.put("info", beat.info());
            record.put("concurrency", Integer.toString(beat.concurrency()));
            record.put("busy", Integer.toString(beat.busy()));
            record.put("beat", Timestamps.scoreText(beat.beat()));
            record.put("quiet", Boolean.toString(beat.quiet()));
            record.put("rss", Long.toString(beat.rssKb()));
            record.put("rtt_us", Long.toString(beat.rttMicros()));
            processRecords.put(beat.identity(), record);
            processExpiry.put(
                    beat.identity(), clock.instant().plus(Duration.ofMillis(beat.ttlMillis())));
            processes.add(beat.identity());
            Deque<String> pending = signals.get(beat.identity());
            return Optional.ofNullable(pending == null ? null : pending.pollLast());
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void removeProcess(String identity, long processed, long failed, LocalDate day) {
        lock.lock();
        try {
            addCounts(processed, failed, day);
            processes.remove(identity);
            Map<String, List<String>> lists = inProgress.get(identity);
            if (lists != null && lists.values().stream().allMatch(List::isEmpty)) {
                inProgress.remove(identity);
            }
        } finally {
            lock.unlock();
        }
    }

    private void addCounts(long processed, long failed, LocalDate day) {
        if (processed > 0) {
            counters.merge("stat:processed", processed, Long::sum);
            counters.merge("stat:processed:" + day, processed, Long::sum);
        }
        if (failed > 0) {
            counters.merge("stat:failed", failed, Long::sum);
            counters.merge("stat:failed:" + day, failed, Long::sum);
        }
    }

    private void expireProcesses() {
        Instant now = clock.instant();
        processExpiry
                .entrySet()
                .removeIf(
                        entry -> {
                            boolean expired = !entry.getValue().isAfter(now);
                            if (expired) {
                                processRecords.remove(entry.getKey());
                            }
                            return expired;
                        });
    }

    @Override
    public void clearQueue(String queue) {
        lock.lock();
        try {
            queues.remove(queue);
            queueNames.remove(queue);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void clear(JobSet set) {
        lock.lock();
        try {
            sets.put(set, new ScoredSet());
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean remove(JobSet set, String payload) {
        lock.lock();
        try {
            return sets.get(set).remove(payload);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long queueSize(String queue) {
        lock.lock();
        try {
            Deque<String> list = queues.get(queue);
            return list == null ? 0 : list.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<String> queuedJobs(String queue, int limit) {
        lock.lock();
        try {
            List<String> jobs = new ArrayList<>();
            Deque<String> list = queues.get(queue);
            if (list != null) {
                Iterator<String> oldestFirst = list.descendingIterator();
                while (oldestFirst.hasNext() && jobs.size() < limit) {
                    jobs.add(oldestFirst.next());
                }
            }
            return jobs;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Set<String> queueNames() {
        lock.lock();
        try {
            return Set.copyOf(queueNames);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long size(JobSet set) {
        lock.lock();
        try {
            return sets.get(set).size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<SortedEntry> entries(JobSet set, int limit) {
        lock.lock();
        try {
            return sets.get(set).firstEntries(limit);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public StatsSnapshot stats() {
        lock.lock();
        try {
            return new StatsSnapshot(
                    counters.getOrDefault("stat:processed", 0L),
                    counters.getOrDefault("stat:failed", 0L));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Set<String> processes() {
        lock.lock();
        try {
            return Set.copyOf(processes);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Map<String, String> processRecord(String identity) {
        lock.lock();
        try {
            expireProcesses();
            return Map.copyOf(processRecords.getOrDefault(identity, Map.of()));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void signal(String identity, String signal) {
        lock.lock();
        try {
            signals.computeIfAbsent(identity, key -> new ArrayDeque<>()).addFirst(signal);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String describe() {
        return "in-memory";
    }

    @Override
    public void close() {
        lock.lock();
        try {
            jobPushed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private Deque<String> queue(String name) {
        return queues.computeIfAbsent(name, key -> new ArrayDeque<>());
    }

    private List<String> inProgressList(String identity, String queue) {
        return inProgress
                .computeIfAbsent(identity, key -> new HashMap<>())
                .computeIfAbsent(queue, key -> new ArrayList<>());
    }

    /** A Redis sorted set: unique members ordered by score, then by member bytes. */
    private static final class ScoredSet {
        private final Map<String, Double> scores = new HashMap<>();
        private final TreeSet<SortedEntry> ordered =
                new TreeSet<>(
                        (a, b) -> {
                            int byScore = Double.compare(a.score(), b.score());
                            return byScore != 0 ? byScore : a.payload().compareTo(b.payload());
                        });

        void add(double score, String member) {
            remove(member);
            scores.put(member, score);
            ordered.add(new SortedEntry(score, member));
        }

        boolean remove(String member) {
            Double score = scores.remove(member);
            if (score != null) {
                ordered.remove(new SortedEntry(score, member));
            }
            return score != null;
        }

        Optional<SortedEntry> first() {
            return ordered.isEmpty() ? Optional.empty() : Optional.of(ordered.first());
        }

        List<SortedEntry> firstEntries(int limit) {
            return ordered.stream().limit(limit).toList();
        }

        void removeScoredBelow(double minScore) {
            while (!ordered.isEmpty() && ordered.first().score() <= minScore) {
                remove(ordered.first().payload());
            }
        }

        void keepNewest(int count) {
            while (ordered.size() > Math.max(0, count)) {
                remove(ordered.first().payload());
            }
        }

        int size() {
            return ordered.size();
        }
    }
}
