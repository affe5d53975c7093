// INTENDED: ERR010 - ForkJoinPool.commonPool().submit inside a job
package com.acme.jobs;

import com.acme.domain.User;
import com.acme.repo.UserRepository;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

public class ParallelScoringJob implements Job1<List<Long>> {
    public static final JobSpec<ParallelScoringJob> SPEC =
            JobSpec.of(ParallelScoringJob.class).build();
    private final UserRepository users;

    public ParallelScoringJob(UserRepository users) {
        this.users = users;
    }

    @Override
    public void perform(List<Long> userIds) {
        ForkJoinTask<?> task =
                ForkJoinPool.commonPool()
                        .submit(
                                () -> {
                                    for (User u : users.findAllById(userIds)) {
                                        u.setTier(u.getLoginCount() > 100 ? "gold" : "silver");
                                        users.save(u);
                                    }
                                });
        task.join();
    }
}
