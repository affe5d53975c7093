package dev.errand.middleware;

import java.util.Map;

/**
 * Runs around every push, like Sidekiq's client middleware. It may add or change keys of the job
 * (they travel to Ruby untouched), and it stops the push by not calling {@code next}: the client
 * then returns no jid for that job.
 */
@FunctionalInterface
public interface ClientMiddleware {
    void call(Map<String, Object> job, Next next) throws Exception;
}
