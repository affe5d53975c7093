// INTENDED: ERR003 - JavaMailSender.send after a mere null precondition
package com.acme.jobs;

import com.acme.domain.User;
import com.acme.repo.UserRepository;
import dev.errand.Job1;
import dev.errand.JobSpec;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

@Component
public class SendWelcomeEmailJob implements Job1<Long> {
    public static final JobSpec<SendWelcomeEmailJob> SPEC =
            JobSpec.of(SendWelcomeEmailJob.class).queue("mailers").build();

    private final UserRepository users;
    private final JavaMailSender mailSender;

    public SendWelcomeEmailJob(UserRepository users, JavaMailSender mailSender) {
        this.users = users;
        this.mailSender = mailSender;
    }

    @Override
    public void perform(Long userId) {
        User user = users.findById(userId).orElse(null);
        if (user == null) {
            return;
        }
        SimpleMailMessage msg = new SimpleMailMessage();
        msg.setTo(user.getEmail());
        msg.setSubject("Welcome to Acme, " + user.getName());
        msg.setText("Thanks for signing up!");
        mailSender.send(msg);
    }
}
