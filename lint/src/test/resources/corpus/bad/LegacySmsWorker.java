// corpus: bad ERR003
package corpus.bad;

import com.acme.shop.SmsGateway;
import dev.errand.RawJob;
import java.util.List;

public class LegacySmsWorker implements RawJob {
    private final SmsGateway sms;

    public LegacySmsWorker(SmsGateway sms) {
        this.sms = sms;
    }

    @Override
    public void perform(List<Object> args) {
        String phone = (String) args.get(0);
        String text = (String) args.get(1);
        if (phone == null || phone.isBlank()) {
            return;
        }
        sms.sendSms(phone, text);
    }
}
