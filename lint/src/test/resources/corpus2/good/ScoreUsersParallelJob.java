// GOOD: parallel stream in a job (allowed)
package com.acme.worker;

import com.acme.domain.User;
import com.acme.repo.UserRepository;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

public class ScoreUsersParallelJob implements Job1<List<Long>> {
    public static final JobSpec<ScoreUsersParallelJob> SPEC =
            JobSpec.of(ScoreUsersParallelJob.class).build();
    private final UserRepository users;

    public ScoreUsersParallelJob(UserRepository users) {
        this.users = users;
    }

    @Override
    public void perform(List<Long> ids) {
        List<User> batch = users.findAllById(ids);
        Map<Long, String> tiers =
                batch.parallelStream()
                        .collect(
                                Collectors.toMap(
                                        User::getId,
                                        u -> u.getLoginCount() > 100 ? "gold" : "silver"));
        batch.forEach(u -> u.setTier(tiers.get(u.getId())));
        users.saveAll(batch);
    }
}
