package dev.errand.middleware;

import dev.errand.JobRecord;
import java.util.List;

/** Runs server middleware in registration order around the job itself. */
public final class ServerChain {
    private final List<ServerMiddleware> middleware;

    public ServerChain(List<ServerMiddleware> middleware) {
        this.middleware = List.copyOf(middleware);
    }

    public boolean isEmpty() {
        return middleware.isEmpty();
    }

    public void run(JobRecord job, String queue, Next perform) throws Exception {
        invoke(0, job, queue, perform);
    }

    private void invoke(int index, JobRecord job, String queue, Next perform) throws Exception {
        if (index == middleware.size()) {
            perform.proceed();
            return;
        }
        middleware.get(index).call(job, queue, () -> invoke(index + 1, job, queue, perform));
    }
}
