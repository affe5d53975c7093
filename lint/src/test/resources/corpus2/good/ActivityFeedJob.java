// GOOD: in-process ApplicationEventPublisher.publishEvent and Guava EventBus.post
package com.acme.worker;

import com.acme.domain.UserRegistered;
import com.google.common.eventbus.EventBus;
import dev.errand.Job1;
import dev.errand.JobSpec;
import org.springframework.context.ApplicationEventPublisher;

public class ActivityFeedJob implements Job1<Long> {
    public static final JobSpec<ActivityFeedJob> SPEC = JobSpec.of(ActivityFeedJob.class).build();
    private final ApplicationEventPublisher events;
    private final EventBus bus;

    public ActivityFeedJob(ApplicationEventPublisher events, EventBus bus) {
        this.events = events;
        this.bus = bus;
    }

    @Override
    public void perform(Long userId) {
        UserRegistered event = new UserRegistered(userId);
        events.publishEvent(event);
        bus.post(event);
    }
}
