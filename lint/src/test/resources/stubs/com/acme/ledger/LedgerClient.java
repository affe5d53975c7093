package com.acme.ledger;

public interface LedgerClient {
    void postEntry(String ref, Long accountId, java.math.BigDecimal amount);
}
