package com.acme.shop;

import jakarta.persistence.Entity;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
public class Invoice {
    public Long getId() {
        return 1L;
    }

    public String getNumber() {
        return "INV-1";
    }

    public Long getCustomerId() {
        return 1L;
    }

    public BigDecimal getAmount() {
        return BigDecimal.TEN;
    }

    public LocalDate getDueDate() {
        return LocalDate.now();
    }

    public boolean isSent() {
        return false;
    }

    public void markSent() {}

    public int getReminderCount() {
        return 0;
    }

    public void setReminderCount(int count) {}
}
