// INTENDED: ERR010 - new Thread(...).start() inside a job
package com.acme.jobs;

import com.acme.storage.BlobStore;
import dev.errand.Job1;
import dev.errand.JobSpec;

public class GenerateThumbnailsJob implements Job1<String> {
    public static final JobSpec<GenerateThumbnailsJob> SPEC =
            JobSpec.of(GenerateThumbnailsJob.class).queue("media").build();
    private final BlobStore store;

    public GenerateThumbnailsJob(BlobStore store) {
        this.store = store;
    }

    @Override
    public void perform(String imageKey) {
        byte[] original = store.get(imageKey);
        new Thread(() -> store.put(imageKey + ".thumb", shrink(original)), "thumb-" + imageKey)
                .start();
    }

    private static byte[] shrink(byte[] data) {
        return java.util.Arrays.copyOf(data, Math.min(data.length, 1024));
    }
}
