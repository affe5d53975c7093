package com.acme.shop;

import jakarta.persistence.Entity;
import java.math.BigDecimal;

@Entity
public class Account {
    public Long getId() {
        return 1L;
    }

    public BigDecimal getBalance() {
        return BigDecimal.ZERO;
    }

    public void setBalance(BigDecimal balance) {}

    public long getCredits() {
        return 0;
    }

    public void setCredits(long credits) {}

    public Long getOwnerId() {
        return 1L;
    }
}
