// INTENDED: ERR006 - latch.await interrupted -> break out of loop
package com.acme.jobs;

import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class AwaitBatchCompletionJob implements Job1<String> {
    private static final Logger log = LoggerFactory.getLogger(AwaitBatchCompletionJob.class);
    public static final JobSpec<AwaitBatchCompletionJob> SPEC =
            JobSpec.of(AwaitBatchCompletionJob.class).build();
    private final java.util.Map<String, CountDownLatch> latches;

    public AwaitBatchCompletionJob(java.util.Map<String, CountDownLatch> latches) {
        this.latches = latches;
    }

    @Override
    public void perform(String batchId) {
        CountDownLatch latch = latches.get(batchId);
        boolean done = false;
        while (!done) {
            try {
                done = latch.await(1, TimeUnit.SECONDS);
            } catch (InterruptedException ie) {
                log.info("stopping wait for batch {}", batchId);
                break;
            }
        }
        latches.remove(batchId);
    }
}
