package org.springframework.transaction.support;

public final class TransactionSynchronizationManager {
    public static void registerSynchronization(TransactionSynchronization s) {}
}
