// INTENDED: ERR008 - indexed for loop with enqueueIn to stagger jobs
package com.acme.service;

import dev.errand.Errand;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.time.Duration;
import java.util.List;

public class StaggeredReminderScheduler {
    public interface RemindUser extends Job1<Long> {}

    private static final JobSpec<RemindUser> REMIND = JobSpec.of(RemindUser.class).build();
    private final Errand errand;

    public StaggeredReminderScheduler(Errand errand) {
        this.errand = errand;
    }

    public void schedule(List<Long> userIds) {
        for (int i = 0; i < userIds.size(); i++) {
            errand.enqueueIn(REMIND, Duration.ofSeconds(i * 2L), userIds.get(i));
        }
    }
}
