// INTENDED: ERR007 - userRepository.findAll() then filtering in memory
package com.acme.jobs;

import com.acme.domain.User;
import com.acme.repo.UserRepository;
import dev.errand.Job0;
import dev.errand.JobSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

public class DeactivateDormantUsersJob implements Job0 {
    public static final JobSpec<DeactivateDormantUsersJob> SPEC =
            JobSpec.of(DeactivateDormantUsersJob.class).build();
    private final UserRepository userRepository;

    public DeactivateDormantUsersJob(UserRepository userRepository) {
        this.userRepository = userRepository;
    }

    @Override
    public void perform() {
        Instant cutoff = Instant.now().minus(Duration.ofDays(365));
        List<User> dormant =
                userRepository.findAll().stream()
                        .filter(
                                u ->
                                        u.isActive()
                                                && u.getLastSeenAt() != null
                                                && u.getLastSeenAt().isBefore(cutoff))
                        .collect(Collectors.toList());
        dormant.forEach(u -> u.setActive(false));
        userRepository.saveAll(dormant);
    }
}
