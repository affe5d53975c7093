// INTENDED: ERR002 - new value computed into a local from the getter (getStreak()+1), then set
package com.acme.jobs;

import com.acme.domain.User;
import com.acme.repo.UserRepository;
import dev.errand.Job1;
import dev.errand.JobSpec;

public class TrackStreakJob implements Job1<Long> {
    public static final JobSpec<TrackStreakJob> SPEC =
            JobSpec.of(TrackStreakJob.class).queue("stats").build();
    private final UserRepository users;

    public TrackStreakJob(UserRepository users) {
        this.users = users;
    }

    @Override
    public void perform(Long userId) {
        User user = users.findById(userId).orElseThrow();
        int newCount = user.getLoginCount() + 1;
        user.setLoginCount(newCount);
        users.save(user);
    }
}
