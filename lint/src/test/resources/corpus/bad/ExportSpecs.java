// corpus: bad ERR011
package corpus.bad;

import dev.errand.Backoff;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.io.IOException;

public class ExportSpecs {
    static final JobSpec<Export> EXPORT =
            JobSpec.of(Export.class)
                    .queue("exports")
                    .retryOn(IOException.class, Backoff.polynomial(), 0)
                    .build();

    static class Export implements Job1<Long> {
        @Override
        public void perform(Long id) {}
    }
}
