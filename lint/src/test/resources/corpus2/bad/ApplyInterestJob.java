// INTENDED: ERR002 - balance read into a local, then set to local.add(interest)
package com.acme.jobs;

import com.acme.domain.Account;
import com.acme.repo.AccountRepository;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;

public class ApplyInterestJob implements Job1<Long> {
    public static final JobSpec<ApplyInterestJob> SPEC =
            JobSpec.of(ApplyInterestJob.class).queue("ledger").build();
    private static final BigDecimal MONTHLY_RATE = new BigDecimal("0.0025");

    private final AccountRepository accounts;

    public ApplyInterestJob(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public void perform(Long accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        BigDecimal current = account.getBalance();
        BigDecimal interest = current.multiply(MONTHLY_RATE).setScale(2, RoundingMode.HALF_EVEN);
        account.setBalance(current.add(interest));
        accounts.save(account);
    }
}
