// corpus: good
package corpus.good;

import dev.errand.Job1;
import io.micrometer.core.instrument.MeterRegistry;

public class MeteredSyncJob implements Job1<Long> {
    private final MeterRegistry registry;

    public MeteredSyncJob(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void perform(Long id) {
        sync(id);
        registry.counter("sync.done", "kind", "contact").increment();
    }

    private void sync(Long id) {}
}
