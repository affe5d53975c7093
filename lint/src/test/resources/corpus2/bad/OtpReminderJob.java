// INTENDED: ERR003 - SMS sent from a helper method, no guard
package com.acme.jobs;

import com.acme.domain.User;
import com.acme.notify.SmsGateway;
import com.acme.repo.UserRepository;
import dev.errand.Job1;
import dev.errand.JobSpec;

public class OtpReminderJob implements Job1<Long> {
    public static final JobSpec<OtpReminderJob> SPEC =
            JobSpec.of(OtpReminderJob.class).queue("sms").build();
    private final UserRepository users;
    private final SmsGateway sms;

    public OtpReminderJob(UserRepository users, SmsGateway sms) {
        this.users = users;
        this.sms = sms;
    }

    @Override
    public void perform(Long userId) {
        User user = users.findById(userId).orElseThrow();
        if (user.getPhone() == null || user.getPhone().isBlank()) {
            return;
        }
        remind(user);
    }

    private void remind(User user) {
        String text = "Hi " + user.getName() + ", your verification is still pending.";
        sms.sendSms(user.getPhone(), text);
    }
}
