// corpus: good
package corpus.good;

import com.acme.shop.AccountRepository;
import dev.errand.Job1;

public class DeleteAccountJob implements Job1<Long> {
    AccountRepository accounts;

    @Override
    public void perform(Long accountId) {
        if (accounts.existsById(accountId)) {
            accounts.deleteById(accountId);
        }
    }
}
