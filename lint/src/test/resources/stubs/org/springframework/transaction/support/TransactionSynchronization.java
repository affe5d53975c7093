package org.springframework.transaction.support;

public interface TransactionSynchronization {
    default void afterCommit() {}
}
