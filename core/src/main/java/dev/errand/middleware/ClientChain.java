package dev.errand.middleware;

import java.util.List;
import java.util.Map;

/** Runs client middleware in registration order; tells whether the push should happen. */
public final class ClientChain {
    private final List<ClientMiddleware> middleware;

    public ClientChain(List<ClientMiddleware> middleware) {
        this.middleware = List.copyOf(middleware);
    }

    public boolean isEmpty() {
        return middleware.isEmpty();
    }

    /** Runs the chain; true when every middleware called next. */
    public boolean allows(Map<String, Object> job) {
        if (middleware.isEmpty()) {
            return true;
        }
        boolean[] reachedEnd = {false};
        try {
            invoke(0, job, () -> reachedEnd[0] = true);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("client middleware failed: " + e.getMessage(), e);
        }
        return reachedEnd[0];
    }

    private void invoke(int index, Map<String, Object> job, Next end) throws Exception {
        if (index == middleware.size()) {
            end.proceed();
            return;
        }
        middleware.get(index).call(job, () -> invoke(index + 1, job, end));
    }
}
