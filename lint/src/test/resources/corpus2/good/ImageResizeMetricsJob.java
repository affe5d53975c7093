// GOOD: Micrometer counters and an AtomicLong
package com.acme.worker;

import com.acme.storage.BlobStore;
import dev.errand.Job1;
import dev.errand.JobSpec;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;

public class ImageResizeMetricsJob implements Job1<String> {
    public static final JobSpec<ImageResizeMetricsJob> SPEC =
            JobSpec.of(ImageResizeMetricsJob.class).queue("media").build();
    private static final AtomicLong BYTES_PROCESSED = new AtomicLong();
    private final BlobStore store;
    private final Counter resized;

    public ImageResizeMetricsJob(BlobStore store, MeterRegistry registry) {
        this.store = store;
        this.resized = registry.counter("images.resized");
    }

    @Override
    public void perform(String key) {
        byte[] image = store.get(key);
        byte[] small = java.util.Arrays.copyOf(image, Math.min(image.length, 4096));
        store.put(key + ".small", small);
        resized.increment();
        BYTES_PROCESSED.addAndGet(image.length);
    }
}
