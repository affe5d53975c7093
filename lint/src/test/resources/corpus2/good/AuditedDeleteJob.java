// GOOD: catch (Exception) logs and rethrows
package com.acme.worker;

import com.acme.repo.UserRepository;
import dev.errand.Job1;
import dev.errand.JobSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class AuditedDeleteJob implements Job1<Long> {
    private static final Logger log = LoggerFactory.getLogger(AuditedDeleteJob.class);
    public static final JobSpec<AuditedDeleteJob> SPEC =
            JobSpec.of(AuditedDeleteJob.class).queue("gdpr").build();
    private final UserRepository users;

    public AuditedDeleteJob(UserRepository users) {
        this.users = users;
    }

    @Override
    public void perform(Long userId) throws Exception {
        try {
            if (users.existsById(userId)) {
                users.deleteById(userId);
            }
        } catch (Exception e) {
            log.error("GDPR delete failed for user {}", userId, e);
            throw e;
        }
    }
}
