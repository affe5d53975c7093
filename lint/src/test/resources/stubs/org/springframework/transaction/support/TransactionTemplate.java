package org.springframework.transaction.support;

public class TransactionTemplate {
    public <T> T execute(TransactionCallback<T> action) {
        return action.doInTransaction(null);
    }

    public void executeWithoutResult(
            java.util.function.Consumer<org.springframework.transaction.TransactionStatus> action) {
        action.accept(null);
    }
}
