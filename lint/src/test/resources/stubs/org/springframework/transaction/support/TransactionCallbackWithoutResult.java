package org.springframework.transaction.support;

public abstract class TransactionCallbackWithoutResult implements TransactionCallback<Object> {
    public final Object doInTransaction(org.springframework.transaction.TransactionStatus s) {
        doInTransactionWithoutResult(s);
        return null;
    }

    protected abstract void doInTransactionWithoutResult(
            org.springframework.transaction.TransactionStatus status);
}
