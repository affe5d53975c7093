package fixtures;

import dev.errand.Backoff;
import dev.errand.Errand;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.io.IOException;

class Deliver implements Job1<Long> {
    @Override
    public void perform(Long id) {}
}

class Specs {
    static final String EMPTY = "";
    static final int NEGATIVE = -3;

    static final JobSpec<Deliver> BAD = JobSpec.of(Deliver.class)
            .queue("") // BUG: ERR011
            .retry(-1) // BUG: ERR011
            .retryOn(IOException.class, Backoff.polynomial(), 0) // BUG: ERR011
            .backtrace(NEGATIVE) // BUG: ERR011
            .retryQueue("   ") // BUG: ERR011
            .tags("billing", EMPTY) // BUG: ERR011
            .discardOn() // BUG: ERR011
            .build();

    static final JobSpec<?> RAW = JobSpec.named(" ").queue(null).build(); // BUG: ERR011, ERR011

    static final JobSpec<Deliver> GOOD = JobSpec.of(Deliver.class)
            .queue("notifications")
            .retry(0)
            .retryOn(IOException.class, Backoff.polynomial(), 1)
            .backtrace(10)
            .backtrace(true)
            .retryQueue("low")
            .tags("billing", "email")
            .discardOn(IllegalArgumentException.class)
            .build();

    void dynamic(String queue, int retries, Errand errand) {
        JobSpec.of(Deliver.class).queue(queue).retry(retries).build();
        errand.with(GOOD).queue("").enqueue(1L); // BUG: ERR011
    }
}
