package org.springframework.transaction;

public interface TransactionStatus {
    void setRollbackOnly();
}
