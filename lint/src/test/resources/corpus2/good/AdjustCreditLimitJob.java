// GOOD: Job2<Long, BigDecimal> (BigDecimal allowed), absolute write
package com.acme.worker;

import com.acme.domain.Account;
import com.acme.repo.AccountRepository;
import dev.errand.Job2;
import dev.errand.JobSpec;
import java.math.BigDecimal;

public class AdjustCreditLimitJob implements Job2<Long, BigDecimal> {
    public static final JobSpec<AdjustCreditLimitJob> SPEC =
            JobSpec.of(AdjustCreditLimitJob.class).build();
    private final AccountRepository accounts;

    public AdjustCreditLimitJob(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public void perform(Long accountId, BigDecimal newBalance) {
        Account account = accounts.findById(accountId).orElseThrow();
        account.setBalance(newBalance);
        accounts.save(account);
    }
}
