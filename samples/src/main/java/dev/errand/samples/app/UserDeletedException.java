package dev.errand.samples.app;

/** The user is gone: a job about them has nothing left to do. */
public class UserDeletedException extends RuntimeException {
    public UserDeletedException(long userId) {
        super("user " + userId + " does not exist (deleted, or never created)");
    }
}
