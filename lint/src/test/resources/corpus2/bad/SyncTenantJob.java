// INTENDED: ERR001 - perform takes java.util.UUID
package com.acme.jobs;

import com.acme.crm.CrmClient;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.Map;
import java.util.UUID;

public class SyncTenantJob implements Job1<UUID> {
    public static final JobSpec<SyncTenantJob> SPEC = JobSpec.of(SyncTenantJob.class).build();
    private final CrmClient crm;

    public SyncTenantJob(CrmClient crm) {
        this.crm = crm;
    }

    @Override
    public void perform(UUID tenantId) throws Exception {
        crm.upsertContact("tenant-" + tenantId + "@acme.io", Map.of("tenant", tenantId.toString()));
    }
}
