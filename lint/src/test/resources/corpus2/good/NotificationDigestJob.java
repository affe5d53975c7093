// GOOD: Optional lookup; if (prior.isPresent()) return; before notifying
package com.acme.worker;

import com.acme.domain.Notification;
import com.acme.notify.NotificationService;
import com.acme.repo.NotificationRepository;
import dev.errand.Job2;
import dev.errand.JobSpec;
import java.time.Instant;
import java.util.Optional;

public class NotificationDigestJob implements Job2<Long, String> {
    public static final JobSpec<NotificationDigestJob> SPEC =
            JobSpec.of(NotificationDigestJob.class).build();
    private final NotificationRepository notifications;
    private final NotificationService notifier;

    public NotificationDigestJob(
            NotificationRepository notifications, NotificationService notifier) {
        this.notifications = notifications;
        this.notifier = notifier;
    }

    @Override
    public void perform(Long userId, String week) {
        String key = "digest:" + week + ":" + userId;
        Optional<Notification> prior = notifications.findByDedupKey(key);
        if (prior.isPresent()) {
            return;
        }
        Notification n = new Notification();
        n.setUserId(userId);
        n.setDedupKey(key);
        n.setSentAt(Instant.now());
        notifications.save(n);
        notifier.notifyUser(userId, "Your weekly digest is ready");
    }
}
