// GOOD: transactionTemplate.execute returns id; enqueue after the template returns
package com.acme.service;

import com.acme.domain.User;
import com.acme.repo.UserRepository;
import dev.errand.Errand;
import dev.errand.Job1;
import dev.errand.JobSpec;
import org.springframework.transaction.support.TransactionTemplate;

public class ProfileService {
    public interface ReindexUser extends Job1<Long> {}

    static final JobSpec<ReindexUser> REINDEX =
            JobSpec.of(ReindexUser.class).queue("search").build();
    private final TransactionTemplate tx;
    private final UserRepository users;
    private final Errand errand;

    public ProfileService(TransactionTemplate tx, UserRepository users, Errand errand) {
        this.tx = tx;
        this.users = users;
        this.errand = errand;
    }

    public void rename(Long userId, String name) {
        Long id =
                tx.execute(
                        status -> {
                            User u = users.findById(userId).orElseThrow();
                            u.setName(name);
                            return users.save(u).getId();
                        });
        errand.enqueue(REINDEX, id);
    }
}
