// GOOD: job uses transactionTemplate.execute for an atomic local DB write (not a thread)
package com.acme.worker;

import com.acme.domain.Account;
import com.acme.domain.AuditEntry;
import com.acme.repo.AccountRepository;
import dev.errand.Job2;
import dev.errand.JobSpec;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.transaction.support.TransactionTemplate;

public class TransactionalLedgerJob implements Job2<Long, String> {
    public static final JobSpec<TransactionalLedgerJob> SPEC =
            JobSpec.of(TransactionalLedgerJob.class).queue("ledger").build();
    private final TransactionTemplate transactionTemplate;
    private final AccountRepository accounts;
    private final EntityManager em;

    public TransactionalLedgerJob(
            TransactionTemplate transactionTemplate, AccountRepository accounts, EntityManager em) {
        this.transactionTemplate = transactionTemplate;
        this.accounts = accounts;
        this.em = em;
    }

    @Override
    public void perform(Long accountId, String closingBalance) {
        transactionTemplate.execute(
                status -> {
                    Account account = accounts.findById(accountId).orElseThrow();
                    account.setBalance(new BigDecimal(closingBalance));
                    accounts.save(account);
                    AuditEntry entry = new AuditEntry();
                    entry.setAction("close-balance");
                    entry.setActorId(accountId);
                    entry.setAt(Instant.now());
                    em.persist(entry);
                    return null;
                });
    }
}
