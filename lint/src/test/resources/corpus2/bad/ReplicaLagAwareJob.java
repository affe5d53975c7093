// INTENDED: ERR004 - Thread.sleep inside a private helper waiting for replica catch-up
package com.acme.jobs;

import com.acme.domain.User;
import com.acme.repo.UserRepository;
import com.acme.search.SearchIndexer;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.Map;
import java.util.Optional;

public class ReplicaLagAwareJob implements Job1<Long> {
    public static final JobSpec<ReplicaLagAwareJob> SPEC =
            JobSpec.of(ReplicaLagAwareJob.class).queue("search").build();
    private final UserRepository users;
    private final SearchIndexer indexer;

    public ReplicaLagAwareJob(UserRepository users, SearchIndexer indexer) {
        this.users = users;
        this.indexer = indexer;
    }

    @Override
    public void perform(Long userId) throws InterruptedException {
        User user = loadWithRetry(userId);
        indexer.index("user-" + userId, Map.of("name", user.getName(), "tier", user.getTier()));
    }

    private User loadWithRetry(Long userId) throws InterruptedException {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<User> user = users.findById(userId);
            if (user.isPresent()) {
                return user.get();
            }
            waitForReplica(attempt);
        }
        throw new IllegalStateException("user " + userId + " not visible on replica");
    }

    private static void waitForReplica(int attempt) throws InterruptedException {
        Thread.sleep(500L * (attempt + 1));
    }
}
