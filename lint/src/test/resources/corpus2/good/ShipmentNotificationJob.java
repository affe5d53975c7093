// GOOD: unique insert claims the notification first; duplicate key means it was already sent
package com.acme.worker;

import com.acme.domain.Notification;
import com.acme.domain.User;
import com.acme.notify.SmsGateway;
import com.acme.repo.NotificationRepository;
import com.acme.repo.UserRepository;
import dev.errand.Job2;
import dev.errand.JobSpec;
import org.springframework.dao.DataIntegrityViolationException;

public class ShipmentNotificationJob implements Job2<Long, Long> {
    public static final JobSpec<ShipmentNotificationJob> SPEC =
            JobSpec.of(ShipmentNotificationJob.class).queue("sms").build();
    private final NotificationRepository notifications;
    private final UserRepository users;
    private final SmsGateway sms;

    public ShipmentNotificationJob(
            NotificationRepository notifications, UserRepository users, SmsGateway sms) {
        this.notifications = notifications;
        this.users = users;
        this.sms = sms;
    }

    @Override
    public void perform(Long userId, Long shipmentId) {
        Notification row = new Notification();
        row.setUserId(userId);
        row.setKind("shipment");
        row.setDedupKey("shipment-" + shipmentId);
        try {
            notifications.saveAndFlush(row); // unique index on dedup_key
        } catch (DataIntegrityViolationException duplicate) {
            return; // another run got here first
        }
        User user = users.findById(userId).orElseThrow();
        sms.sendSms(user.getPhone(), "Your parcel has shipped");
    }
}
