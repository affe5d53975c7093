package dev.errand.worker;

/** A payload names a class that was never registered with this worker. */
public final class UnknownJobException extends RuntimeException {
    public UnknownJobException(String className) {
        super(
                "no job is registered for class \""
                        + className
                        + "\"; register it with"
                        + " worker.register(spec, factory), or run it on a process that knows it");
    }
}
