package fixtures;

import dev.errand.Job1;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;

class ResizeImages implements Job1<List<String>> {
    ExecutorService shared;

    @Override
    public void perform(List<String> keys) {
        new Thread(() -> resize(keys)).start(); // BUG: ERR010
        ExecutorService pool = Executors.newFixedThreadPool(4); // BUG: ERR010
        CompletableFuture.runAsync(() -> resize(keys)); // BUG: ERR010
        shared.submit(() -> resize(keys)); // BUG: ERR010
        ForkJoinPool.commonPool().execute(() -> resize(keys)); // BUG: ERR010, ERR010
        new Worker().start(); // BUG: ERR010
    }

    void later() {
        new java.util.Timer().schedule(null, 1000L); // BUG: ERR010
    }

    void resize(List<String> keys) {}

    static class Worker extends Thread {}
}

// Negative: sequential work, parallel streams, and threads outside jobs.
class ResizeSequentially implements Job1<List<String>> {
    @Override
    public void perform(List<String> keys) {
        keys.forEach(this::resize);
        keys.parallelStream().forEach(this::resize);
        CompletableFuture<String> done = CompletableFuture.completedFuture("x");
        done.join();
    }

    void resize(String key) {}
}

class Startup {
    void boot() {
        Executors.newSingleThreadExecutor().submit(() -> {});
        new Thread(() -> {}).start();
    }
}
