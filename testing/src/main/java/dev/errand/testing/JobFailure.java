package dev.errand.testing;

import dev.errand.worker.Outcome;

/**
 * One failed execution seen by a harness, after the job's rules decided what became of it.
 *
 * @param job the job as it was taken to run
 * @param error what the job (or a server middleware) threw
 * @param outcome what the job's rules made of it: retried, discarded, dead or dropped
 */
public record JobFailure(EnqueuedJob job, Throwable error, Outcome outcome) {

    @Override
    public String toString() {
        return job.className() + " jid=" + job.jid() + " failed with "
                + error.getClass().getName() + ": " + error.getMessage() + " -> " + outcome;
    }
}
