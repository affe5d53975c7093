// GOOD: Slice-based paging with Pageable; next slice re-enqueued
package com.acme.worker;

import com.acme.domain.User;
import com.acme.repo.UserRepository;
import dev.errand.Job2;
import dev.errand.JobClient;
import dev.errand.JobSpec;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;

public class TierMigrationSliceJob implements Job2<String, Integer> {
    public static final JobSpec<TierMigrationSliceJob> SPEC =
            JobSpec.of(TierMigrationSliceJob.class).build();
    private final UserRepository users;
    private final JobClient jobs;

    public TierMigrationSliceJob(UserRepository users, JobClient jobs) {
        this.users = users;
        this.jobs = jobs;
    }

    @Override
    public void perform(String tier, Integer page) {
        Slice<User> slice = users.findByTier(tier, PageRequest.of(page, 1000));
        for (User u : slice) {
            u.setTier("legacy-" + tier);
        }
        users.saveAll(slice.getContent());
        if (slice.hasNext()) {
            jobs.enqueue(SPEC, tier, page + 1);
        }
    }
}
