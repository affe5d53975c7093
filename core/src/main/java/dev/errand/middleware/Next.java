package dev.errand.middleware;

/** The rest of a middleware chain. Not calling it stops the push, or skips the job. */
@FunctionalInterface
public interface Next {
    void proceed() throws Exception;
}
