package fixtures;

import dev.errand.Job1;
import java.util.concurrent.TimeUnit;

class PollsUntilReady implements Job1<Long> {
    @Override
    public void perform(Long exportId) throws Exception {
        Thread.sleep(5_000); // BUG: ERR004
        TimeUnit.SECONDS.sleep(1); // BUG: ERR004
        new Helper().sleep(3);
    }

    static class Helper {
        void sleep(int seconds) {}
    }

    static class NestedJob implements dev.errand.Job0 {
        @Override
        public void perform() throws InterruptedException {
            Thread.sleep(10); // BUG: ERR004
        }
    }
}

class NotAJob {
    void waitABit() throws InterruptedException {
        Thread.sleep(100);
    }
}
