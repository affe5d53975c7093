// INTENDED: ERR009 - enqueue inside transactionTemplate.execute lambda
package com.acme.service;

import com.acme.domain.User;
import com.acme.repo.UserRepository;
import dev.errand.Errand;
import dev.errand.Job1;
import dev.errand.JobSpec;
import org.springframework.transaction.support.TransactionTemplate;

public class SignupService {
    public interface SendWelcome extends Job1<Long> {}

    static final JobSpec<SendWelcome> WELCOME =
            JobSpec.of(SendWelcome.class).queue("mailers").build();
    private final TransactionTemplate tx;
    private final UserRepository users;
    private final Errand errand;

    public SignupService(TransactionTemplate tx, UserRepository users, Errand errand) {
        this.tx = tx;
        this.users = users;
        this.errand = errand;
    }

    public Long signUp(String email, String name) {
        return tx.execute(
                status -> {
                    User u = new User();
                    u.setEmail(email);
                    u.setName(name);
                    u.setActive(true);
                    User saved = users.save(u);
                    errand.enqueue(WELCOME, saved.getId());
                    return saved.getId();
                });
    }
}
