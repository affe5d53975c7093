// INTENDED: ERR003 - payoutClient.payout with no guard
package com.acme.jobs;

import com.acme.domain.Account;
import com.acme.payments.PayoutClient;
import com.acme.repo.AccountRepository;
import dev.errand.Job2;
import dev.errand.JobSpec;
import java.math.BigDecimal;

public class PayoutSellerJob implements Job2<Long, String> {
    public static final JobSpec<PayoutSellerJob> SPEC =
            JobSpec.of(PayoutSellerJob.class).queue("payouts").build();
    private final AccountRepository accounts;
    private final PayoutClient payouts;

    public PayoutSellerJob(AccountRepository accounts, PayoutClient payouts) {
        this.accounts = accounts;
        this.payouts = payouts;
    }

    @Override
    public void perform(Long accountId, String amount) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (account.isFrozen()) {
            throw new IllegalStateException("account " + accountId + " is frozen");
        }
        payouts.payout(account.getOwner(), new BigDecimal(amount));
    }
}
