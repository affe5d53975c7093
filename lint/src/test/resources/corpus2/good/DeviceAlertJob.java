// GOOD: existsByDedupKey check before pushing
package com.acme.worker;

import com.acme.domain.Notification;
import com.acme.domain.User;
import com.acme.notify.PushNotifier;
import com.acme.repo.NotificationRepository;
import com.acme.repo.UserRepository;
import dev.errand.Job2;
import dev.errand.JobSpec;
import java.time.Instant;

public class DeviceAlertJob implements Job2<Long, String> {
    public static final JobSpec<DeviceAlertJob> SPEC = JobSpec.of(DeviceAlertJob.class).build();
    private final UserRepository users;
    private final NotificationRepository notifications;
    private final PushNotifier push;

    public DeviceAlertJob(
            UserRepository users, NotificationRepository notifications, PushNotifier push) {
        this.users = users;
        this.notifications = notifications;
        this.push = push;
    }

    @Override
    public void perform(Long userId, String alertId) {
        String key = "alert:" + alertId + ":" + userId;
        if (notifications.existsByDedupKey(key)) {
            return;
        }
        User user = users.findById(userId).orElseThrow();
        push.pushToDevice(user.getDeviceToken(), "Security alert", "New sign-in detected");
        Notification n = new Notification();
        n.setUserId(userId);
        n.setKind("alert");
        n.setDedupKey(key);
        n.setSentAt(Instant.now());
        notifications.save(n);
    }
}
