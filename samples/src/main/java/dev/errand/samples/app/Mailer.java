package dev.errand.samples.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Sends email; this fake keeps what it sent. */
public class Mailer {

    /** One email sent: what kind, to whom. */
    public record Sent(String kind, String to) {}

    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    public void sendWelcome(User user) {
        sent.add(new Sent("welcome", user.email()));
    }

    public void sendTrialEnding(User user) {
        sent.add(new Sent("trial-ending", user.email()));
    }

    public void sendReport(String to, long reportId) {
        sent.add(new Sent("report " + reportId, to));
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }
}
