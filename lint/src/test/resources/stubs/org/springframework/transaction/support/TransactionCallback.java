package org.springframework.transaction.support;

public interface TransactionCallback<T> {
    T doInTransaction(org.springframework.transaction.TransactionStatus status);
}
