// INTENDED: ERR010 - Executors.newFixedThreadPool + submit per contact
package com.acme.jobs;

import com.acme.crm.CrmClient;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class EnrichContactsJob implements Job1<List<String>> {
    public static final JobSpec<EnrichContactsJob> SPEC =
            JobSpec.of(EnrichContactsJob.class).build();
    private final CrmClient crm;

    public EnrichContactsJob(CrmClient crm) {
        this.crm = crm;
    }

    @Override
    public void perform(List<String> emails) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<CrmClient.CrmContact>> futures = new ArrayList<>();
            for (String email : emails) {
                futures.add(pool.submit(() -> crm.getContact(email)));
            }
            for (Future<CrmClient.CrmContact> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
