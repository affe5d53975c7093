// INTENDED: ERR008 - forEach lambda enqueueing one job per recipient (service, not a job)
package com.acme.service;

import com.acme.repo.UserRepository;
import dev.errand.Job2;
import dev.errand.JobClient;
import dev.errand.JobSpec;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class CampaignService {
    public interface DeliverCampaign extends Job2<Long, String> {}

    static final JobSpec<DeliverCampaign> DELIVER =
            JobSpec.of(DeliverCampaign.class).queue("campaigns").build();

    private final JobClient jobs;
    private final UserRepository users;

    public CampaignService(JobClient jobs, UserRepository users) {
        this.jobs = jobs;
        this.users = users;
    }

    public void launch(String campaignId, String tier) {
        List<Long> recipients = users.findIdsByTier(tier);
        recipients.forEach(userId -> jobs.enqueue(DELIVER, userId, campaignId));
    }
}
