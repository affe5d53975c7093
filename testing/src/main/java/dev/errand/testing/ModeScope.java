package dev.errand.testing;

/**
 * A mode or a perform block that holds until closed; scopes nest like a stack, and closing one
 * restores the settings that were in force when it was opened.
 *
 * <pre>{@code
 * try (ModeScope inline = harness.withMode(Mode.INLINE)) {
 *     service.signUp("ada@example.com");   // jobs run here
 * }
 * }</pre>
 */
public interface ModeScope extends AutoCloseable {

    /** The mode in force inside this scope. */
    Mode mode();

    /**
     * Restores the previous settings.
     *
     * @throws IllegalStateException when an inner scope is still open
     */
    @Override
    void close();
}
