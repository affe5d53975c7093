// GOOD: IOException: permanent 4xx discarded, otherwise rethrown
package com.acme.worker;

import com.acme.crm.CrmClient;
import dev.errand.Job2;
import dev.errand.JobSpec;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class ConditionalRethrowCrmJob implements Job2<String, String> {
    private static final Logger log = LoggerFactory.getLogger(ConditionalRethrowCrmJob.class);
    public static final JobSpec<ConditionalRethrowCrmJob> SPEC =
            JobSpec.of(ConditionalRethrowCrmJob.class).queue("crm").build();
    private final CrmClient crm;

    public ConditionalRethrowCrmJob(CrmClient crm) {
        this.crm = crm;
    }

    @Override
    public void perform(String email, String plan) throws IOException {
        try {
            crm.upsertContact(email, Map.of("plan", plan));
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("400")) {
                log.warn("CRM rejected {} permanently: {}", email, e.getMessage());
                return;
            }
            throw e;
        }
    }
}
