package dev.errand.testing;

import dev.errand.worker.Outcome;
import java.util.List;

/**
 * One failed execution seen by a harness, after the job's rules decided what became of it.
 *
 * @param job the job as it was taken to run
 * @param error what the job (or a server middleware) threw
 * @param outcome what the job's rules made of it: retried, discarded, dead or dropped
 * @param deathHandlerErrors what the harness's death handlers threw when the job died (empty unless
 *     one failed); the first of them reached the test
 */
public record JobFailure(
        EnqueuedJob job, Throwable error, Outcome outcome, List<Throwable> deathHandlerErrors) {

    public JobFailure {
        deathHandlerErrors = List.copyOf(deathHandlerErrors);
    }

    public JobFailure(EnqueuedJob job, Throwable error, Outcome outcome) {
        this(job, error, outcome, List.of());
    }

    @Override
    public String toString() {
        StringBuilder text =
                new StringBuilder(
                        job.className()
                                + " jid="
                                + job.jid()
                                + " failed with "
                                + error.getClass().getName()
                                + ": "
                                + error.getMessage()
                                + " -> "
                                + outcome);
        for (Throwable handlerError : deathHandlerErrors) {
            text.append("; death handler failed with ")
                    .append(handlerError.getClass().getName())
                    .append(": ")
                    .append(handlerError.getMessage());
        }
        return text.toString();
    }
}
