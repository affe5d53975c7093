// GOOD: findAll with a Pageable, one page per run, next page re-enqueued
package com.acme.worker;

import com.acme.domain.User;
import com.acme.repo.UserRepository;
import dev.errand.Errand;
import dev.errand.Job1;
import dev.errand.JobSpec;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

public class ArchiveInactiveUsersJob implements Job1<Integer> {
    public static final JobSpec<ArchiveInactiveUsersJob> SPEC =
            JobSpec.of(ArchiveInactiveUsersJob.class).build();
    private final UserRepository users;
    private final Errand errand;

    public ArchiveInactiveUsersJob(UserRepository users, Errand errand) {
        this.users = users;
        this.errand = errand;
    }

    @Override
    public void perform(Integer page) {
        Page<User> batch = users.findAll(PageRequest.of(page, 500));
        for (User u : batch.getContent()) {
            if (!u.isActive()) {
                u.setTier("archived");
            }
        }
        users.saveAll(batch.getContent());
        if (batch.hasNext()) {
            errand.enqueue(SPEC, page + 1);
        }
    }
}
