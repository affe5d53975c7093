package org.springframework.transaction.support;

public abstract class TransactionSynchronizationManager {
    public static void registerSynchronization(TransactionSynchronization s) {}

    public static boolean isActualTransactionActive() {
        return false;
    }
}
