// corpus: good
package corpus.good;

import com.acme.shop.ProcessedKeys;
import com.acme.shop.PushNotifier;
import dev.errand.Job2;

public class ReminderPushJob implements Job2<Long, String> {
    ProcessedKeys processed;
    PushNotifier notifier;

    @Override
    public void perform(Long userId, String reminderId) {
        String key = "push:" + reminderId;
        if (processed.isProcessed(key)) {
            return;
        }
        sendReminder(userId);
        processed.markProcessed(key);
    }

    private void sendReminder(Long userId) {
        notifier.push(userId, "Your trial ends tomorrow");
    }
}
