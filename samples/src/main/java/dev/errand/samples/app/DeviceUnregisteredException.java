package dev.errand.samples.app;

/** The device uninstalled the app: no retry will ever reach it. */
public class DeviceUnregisteredException extends RuntimeException {
    public DeviceUnregisteredException(long userId) {
        super("no registered device for user " + userId);
    }
}
