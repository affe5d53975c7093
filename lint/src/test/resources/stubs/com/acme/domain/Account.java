package com.acme.domain;

@jakarta.persistence.Entity
public class Account {
    @jakarta.persistence.Id private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    private java.math.BigDecimal balance;

    public java.math.BigDecimal getBalance() {
        return balance;
    }

    public void setBalance(java.math.BigDecimal v) {
        this.balance = v;
    }

    private String owner;

    public String getOwner() {
        return owner;
    }

    public void setOwner(String v) {
        this.owner = v;
    }

    private long version;

    public long getVersion() {
        return version;
    }

    public void setVersion(long v) {
        this.version = v;
    }

    private boolean frozen;

    public boolean isFrozen() {
        return frozen;
    }

    public void setFrozen(boolean v) {
        this.frozen = v;
    }

    public void credit(java.math.BigDecimal a) {
        balance = balance.add(a);
    }

    public void debit(java.math.BigDecimal a) {
        balance = balance.subtract(a);
    }
}
