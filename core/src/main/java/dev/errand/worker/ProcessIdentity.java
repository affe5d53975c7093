package dev.errand.worker;

import java.net.InetAddress;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A process's identity as Sidekiq forms it, {@code hostname:pid:nonce}, with the host taken from
 * {@code DYNO} when set, and the thread ids of the work hash.
 */
final class ProcessIdentity {
    private final String hostname;
    private final long pid;
    private final String identity;

    ProcessIdentity() {
        this.hostname = localHostname();
        this.pid = ProcessHandle.current().pid();
        this.identity = hostname + ":" + pid + ":" + nonce();
    }

    String hostname() {
        return hostname;
    }

    long pid() {
        return pid;
    }

    String identity() {
        return identity;
    }

    /** Sidekiq's tid: base 36 of the thread id mixed with the pid. */
    String tid(Thread thread) {
        return Long.toString(thread.getId() ^ pid, 36);
    }

    private static String localHostname() {
        String dyno = System.getenv("DYNO");
        if (dyno != null && !dyno.isBlank()) {
            return dyno;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }

    private static String nonce() {
        return String.format("%012x", ThreadLocalRandom.current().nextLong() & 0xffffffffffffL);
    }
}
