package dev.errand.backend.redis;

import dev.errand.backend.FinishedJobs;
import dev.errand.backend.QueuedJob;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;

/**
 * The Redis writes that acknowledge finished jobs: the runs known to be the oldest entries of their
 * in-progress lists are cut off in one {@code trim_acknowledged.lua} call, which first checks the
 * entries it cuts against the run's payloads (every one, or the two ends where the worker knows the
 * list exactly, see {@link FinishedJobs}); every other job is removed with its own {@code LREM key
 * -1 payload} (from the tail, where finished jobs sit). A run whose check fails is removed job by
 * job in a second round trip.
 */
final class AcknowledgementWrites {
    private final String identity;
    private final List<List<QueuedJob>> runs = new ArrayList<>();
    private final List<String> runKeys = new ArrayList<>();
    private final List<String> runArgs = new ArrayList<>();
    private final List<QueuedJob> others;
    private Response<Object> cut;
    private List<Response<Long>> removals = List.of();

    AcknowledgementWrites(String identity, FinishedJobs finished) {
        this.identity = identity;
        this.others = finished.others();
        for (Map.Entry<String, List<QueuedJob>> run : finished.oldest().entrySet()) {
            List<QueuedJob> jobs = run.getValue();
            if (jobs.isEmpty()) {
                continue;
            }
            runs.add(jobs);
            runKeys.add(RedisBackend.inProgressKey(identity, run.getKey()));
            runArgs.add(Integer.toString(jobs.size()));
            if (finished.exact().contains(run.getKey())) {
                runArgs.add("ends");
                runArgs.add(jobs.get(0).payload());
                runArgs.add(jobs.get(jobs.size() - 1).payload());
            } else {
                runArgs.add("all");
                for (QueuedJob job : jobs) {
                    runArgs.add(job.payload());
                }
            }
        }
    }

    boolean isEmpty() {
        return runs.isEmpty() && others.isEmpty();
    }

    /** Adds the writes to a pipeline; call {@link #complete} after it was synced. */
    void queue(AbstractPipeline pipeline) {
        if (!runs.isEmpty()) {
            cut = LuaScript.TRIM_ACKNOWLEDGED.queue(pipeline, runKeys, runArgs);
        }
        removals = removeEach(pipeline, others);
    }

    /**
     * Reads the replies and removes, one by one, the runs whose check failed. A removal Redis
     * refused (BUSY, READONLY, ...) throws, so the caller keeps those jobs to send again rather
     * than forget jobs that are still in the list. When Redis had lost the trim script, {@link
     * LuaScript#result} runs it again after the pipeline's other commands. That is safe: those add
     * entries at the new end of the lists (the fetch) or remove jobs that are not in any run (the
     * other acknowledgements), so the entries a run's check reads are the same.
     */
    void complete(UnifiedJedis redis) {
        removals.forEach(Response::get);
        if (cut == null) {
            return;
        }
        List<?> flags = (List<?>) LuaScript.TRIM_ACKNOWLEDGED.result(cut, redis, runKeys, runArgs);
        List<QueuedJob> unmatched = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            if (((Long) flags.get(i)) == 0) {
                unmatched.addAll(runs.get(i));
            }
        }
        if (!unmatched.isEmpty()) {
            try (AbstractPipeline pipeline = redis.pipelined()) {
                List<Response<Long>> fallback = removeEach(pipeline, unmatched);
                pipeline.sync();
                fallback.forEach(Response::get);
            }
        }
    }

    private List<Response<Long>> removeEach(AbstractPipeline pipeline, List<QueuedJob> jobs) {
        List<Response<Long>> replies = new ArrayList<>(jobs.size());
        for (QueuedJob job : jobs) {
            replies.add(
                    pipeline.lrem(
                            RedisBackend.inProgressKey(identity, job.queue()), -1, job.payload()));
        }
        return replies;
    }
}
