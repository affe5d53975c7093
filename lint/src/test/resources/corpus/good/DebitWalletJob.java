// corpus: good
package corpus.good;

import com.acme.shop.Account;
import com.acme.shop.AccountRepository;
import dev.errand.Idempotent;
import dev.errand.Job2;
import java.math.BigDecimal;

@Idempotent(
        reason =
                "runs inside the ledger transaction that inserts the transfer id;"
                        + " a second run fails on the unique index and rolls back")
public class DebitWalletJob implements Job2<Long, String> {
    AccountRepository accounts;

    @Override
    public void perform(Long accountId, String amount) {
        Account account = accounts.findById(accountId).orElseThrow();
        account.setBalance(account.getBalance().subtract(new BigDecimal(amount)));
        accounts.save(account);
    }
}
