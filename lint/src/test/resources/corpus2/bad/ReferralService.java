// INTENDED: ERR009 - @Transactional method calls a private helper that enqueues (still inside the
// tx)
package com.acme.service;

import com.acme.domain.Referral;
import com.acme.repo.ReferralRepository;
import dev.errand.Job1;
import dev.errand.JobClient;
import dev.errand.JobSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ReferralService {
    public interface RewardReferrer extends Job1<Long> {}

    static final JobSpec<RewardReferrer> REWARD = JobSpec.of(RewardReferrer.class).build();
    private final ReferralRepository referrals;
    private final JobClient jobs;

    public ReferralService(ReferralRepository referrals, JobClient jobs) {
        this.referrals = referrals;
        this.jobs = jobs;
    }

    @Transactional
    public void recordReferral(Long referrerId, Long refereeId) {
        Referral r = new Referral();
        r.setReferrerId(referrerId);
        r.setRefereeId(refereeId);
        Referral saved = referrals.save(r);
        scheduleReward(saved);
    }

    private void scheduleReward(Referral referral) {
        jobs.enqueue(REWARD, referral.getId());
    }
}
