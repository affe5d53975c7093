package dev.errand.samples.jobs;

import dev.errand.Job1;
import dev.errand.JobClient;
import dev.errand.JobSpec;
import dev.errand.samples.app.SearchIndex;
import dev.errand.samples.app.User;
import dev.errand.samples.app.UserDeletedException;
import dev.errand.samples.app.Users;
import java.util.Collection;
import java.util.List;

/**
 * Rewrites one user's search document. After a change to the document's shape every user needs it,
 * so {@link #reindexAll} enqueues one small job per user in bulk rather than one job that loops
 * over millions of users: each job retries on its own, and many workers share the work.
 */
public final class ReindexUser implements Job1<Long> {

    public static final JobSpec<ReindexUser> SPEC =
            JobSpec.of(ReindexUser.class)
                    .queue("bulk")
                    .discardOn(UserDeletedException.class)
                    .build();

    private final Users users;
    private final SearchIndex index;

    public ReindexUser(Users users, SearchIndex index) {
        this.users = users;
        this.index = index;
    }

    /** One job per user, pushed a thousand per round trip. */
    public static List<String> reindexAll(JobClient client, Collection<Long> userIds) {
        return client.enqueueAll(SPEC, userIds);
    }

    @Override
    public void perform(Long userId) {
        User user = users.find(userId);
        index.put(userId, user.name() + " <" + user.email() + "> " + user.plan());
    }
}
