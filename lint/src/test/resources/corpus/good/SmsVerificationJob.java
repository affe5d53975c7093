// corpus: good
package corpus.good;

import com.acme.shop.SmsGateway;
import dev.errand.Idempotent;
import dev.errand.RawJob;
import java.util.List;

public class SmsVerificationJob implements RawJob {
    private final SmsGateway sms;

    public SmsVerificationJob(SmsGateway sms) {
        this.sms = sms;
    }

    @Override
    @Idempotent(reason = "the code is valid for ten minutes; a duplicate SMS carries the same code")
    public void perform(List<Object> args) {
        sms.sendSms((String) args.get(0), "Your code is " + args.get(1));
    }
}
