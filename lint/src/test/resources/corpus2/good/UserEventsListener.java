// GOOD: @TransactionalEventListener(AFTER_COMMIT) enqueues
package com.acme.service;

import com.acme.domain.UserRegistered;
import dev.errand.Job1;
import dev.errand.JobClient;
import dev.errand.JobSpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

@Component
public class UserEventsListener {
    public interface Welcome extends Job1<Long> {}

    static final JobSpec<Welcome> WELCOME = JobSpec.of(Welcome.class).queue("mailers").build();
    private final JobClient jobs;

    public UserEventsListener(JobClient jobs) {
        this.jobs = jobs;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void onRegistered(UserRegistered event) {
        jobs.enqueue(WELCOME, event.userId());
    }
}
