// GOOD: loop calls enqueue on the project's own in-memory buffer, not Errand
package com.acme.worker;

import com.acme.util.WorkBuffer;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.List;

public class PendingWorkBufferJob implements Job1<List<String>> {
    public static final JobSpec<PendingWorkBufferJob> SPEC =
            JobSpec.of(PendingWorkBufferJob.class).build();
    private final WorkBuffer<String> buffer = new WorkBuffer<>();

    @Override
    public void perform(List<String> keys) {
        for (String k : keys) {
            buffer.enqueue(k.trim());
        }
        String next;
        while ((next = buffer.poll()) != null) {
            if (next.isEmpty()) {
                continue;
            }
        }
    }
}
