// INTENDED: ERR009 - enqueue inside transactionTemplate.executeWithoutResult
package com.acme.service;

import com.acme.domain.Account;
import com.acme.repo.AccountRepository;
import dev.errand.Job1;
import dev.errand.JobClient;
import dev.errand.JobSpec;
import org.springframework.transaction.support.TransactionTemplate;

public class AccountClosureService {
    public interface PurgeAccountData extends Job1<Long> {}

    static final JobSpec<PurgeAccountData> PURGE =
            JobSpec.of(PurgeAccountData.class).queue("gdpr").build();
    private final TransactionTemplate transactionTemplate;
    private final AccountRepository accounts;
    private final JobClient jobs;

    public AccountClosureService(
            TransactionTemplate transactionTemplate, AccountRepository accounts, JobClient jobs) {
        this.transactionTemplate = transactionTemplate;
        this.accounts = accounts;
        this.jobs = jobs;
    }

    public void close(Long accountId) {
        transactionTemplate.executeWithoutResult(
                status -> {
                    Account account = accounts.findById(accountId).orElseThrow();
                    account.setFrozen(true);
                    accounts.save(account);
                    jobs.enqueue(PURGE, accountId);
                });
    }
}
