// INTENDED: ERR002 - loyaltyService.addPoints on each run
package com.acme.jobs;

import com.acme.loyalty.LoyaltyService;
import dev.errand.Job1;
import dev.errand.JobSpec;
import org.springframework.stereotype.Component;

@Component
public class AwardReviewPointsJob implements Job1<Long> {
    public static final JobSpec<AwardReviewPointsJob> SPEC =
            JobSpec.of(AwardReviewPointsJob.class).build();
    private static final int POINTS_PER_REVIEW = 50;

    private final LoyaltyService loyalty;

    public AwardReviewPointsJob(LoyaltyService loyalty) {
        this.loyalty = loyalty;
    }

    @Override
    public void perform(Long userId) {
        loyalty.addPoints(userId, POINTS_PER_REVIEW);
    }
}
