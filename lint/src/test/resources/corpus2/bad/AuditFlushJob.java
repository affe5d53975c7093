// INTENDED: ERR010 - injected ExecutorService.execute hands work to another thread
package com.acme.jobs;

import com.acme.storage.BlobStore;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;

public class AuditFlushJob implements Job1<String> {
    public static final JobSpec<AuditFlushJob> SPEC = JobSpec.of(AuditFlushJob.class).build();
    private final ExecutorService ioExecutor;
    private final BlobStore store;

    public AuditFlushJob(ExecutorService ioExecutor, BlobStore store) {
        this.ioExecutor = ioExecutor;
        this.store = store;
    }

    @Override
    public void perform(String batchKey) {
        byte[] data = ("flush " + batchKey).getBytes(StandardCharsets.UTF_8);
        ioExecutor.execute(() -> store.put("audit/" + batchKey, data));
    }
}
