// GOOD: sent-flag early return before mail, flag set after
package com.acme.worker;

import com.acme.domain.User;
import com.acme.repo.UserRepository;
import dev.errand.Job1;
import dev.errand.JobSpec;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

public class WelcomeEmailJob implements Job1<Long> {
    public static final JobSpec<WelcomeEmailJob> SPEC =
            JobSpec.of(WelcomeEmailJob.class).queue("mailers").build();
    private final UserRepository users;
    private final JavaMailSender mail;

    public WelcomeEmailJob(UserRepository users, JavaMailSender mail) {
        this.users = users;
        this.mail = mail;
    }

    @Override
    public void perform(Long userId) {
        User user = users.findById(userId).orElseThrow();
        if (user.isWelcomeEmailSent()) {
            return;
        }
        SimpleMailMessage m = new SimpleMailMessage();
        m.setTo(user.getEmail());
        m.setSubject("Welcome!");
        m.setText("Hello " + user.getName());
        mail.send(m);
        user.setWelcomeEmailSent(true);
        users.save(user);
    }
}
