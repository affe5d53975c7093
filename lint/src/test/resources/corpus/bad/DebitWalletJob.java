// corpus: bad ERR002
package corpus.bad;

import com.acme.shop.Account;
import com.acme.shop.AccountRepository;
import dev.errand.Job2;
import java.math.BigDecimal;

public class DebitWalletJob implements Job2<Long, String> {
    AccountRepository accounts;

    @Override
    public void perform(Long accountId, String amount) {
        Account account = accounts.findById(accountId).orElseThrow();
        BigDecimal debit = new BigDecimal(amount);
        if (account.getBalance().compareTo(debit) < 0) {
            throw new IllegalStateException("insufficient funds");
        }
        account.setBalance(account.getBalance().subtract(debit));
        accounts.save(account);
    }
}
