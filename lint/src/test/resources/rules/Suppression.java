package fixtures;

import com.acme.shop.Mailer;
import dev.errand.Job1;
import javax.annotation.processing.Generated;

@SuppressWarnings("errand:SleepInJob")
class SuppressedOnClass implements Job1<Long> {
    @Override
    public void perform(Long id) throws Exception {
        Thread.sleep(1);
    }
}

class SuppressedOnMethod implements Job1<Long> {
    Mailer mailer;

    @Override
    @SuppressWarnings({"unchecked", "errand:UnguardedSideEffect"})
    public void perform(Long id) throws Exception {
        mailer.send("a@b.c", "s", "b");
        Thread.sleep(1); // BUG: ERR004
    }
}

class SuppressedById implements Job1<Long> {
    @Override
    @SuppressWarnings("errand:ERR004")
    public void perform(Long id) throws Exception {
        Thread.sleep(1);
    }
}

class SuppressedOnVariable implements Job1<Long> {
    Mailer mailer;

    @Override
    public void perform(Long id) throws Exception {
        @SuppressWarnings("errand:SleepInJob")
        Runnable nap = () -> sleepQuietly();
        nap.run();
    }

    @SuppressWarnings("errand")
    void sleepQuietly() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
        }
    }
}

class OtherSuppressionsDoNotCount implements Job1<Long> {
    @Override
    @SuppressWarnings({"all", "SleepInJob", "errand:SwallowedException"})
    public void perform(Long id) throws Exception {
        Thread.sleep(1); // BUG: ERR004
    }
}

@Generated("some.Generator")
class GeneratedJob implements Job1<Long> {
    @Override
    public void perform(Long id) throws Exception {
        Thread.sleep(1);
    }
}
