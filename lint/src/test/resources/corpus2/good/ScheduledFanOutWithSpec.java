// GOOD: with(spec).in(delay).enqueueAll(...) after a loop that only builds args
package com.acme.service;

import dev.errand.Errand;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

public class ScheduledFanOutWithSpec {
    public interface NudgeUser extends Job1<Long> {}

    static final JobSpec<NudgeUser> NUDGE = JobSpec.of(NudgeUser.class).queue("growth").build();
    private final Errand errand;

    public ScheduledFanOutWithSpec(Errand errand) {
        this.errand = errand;
    }

    public List<String> nudge(List<Long> userIds) {
        List<List<?>> args = new ArrayList<>();
        for (Long id : userIds) {
            if (id != null) {
                args.add(List.of(id));
            }
        }
        return errand.with(NUDGE).in(Duration.ofHours(1)).enqueueAll(args);
    }
}
