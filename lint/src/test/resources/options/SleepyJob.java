package options;

import dev.errand.Job1;

class SleepyJob implements Job1<Long> {
    @Override
    public void perform(Long id) {
        try {
            Thread.sleep(1000);
        } catch (Exception e) {
            System.out.println("ignored");
        }
    }
}
