package com.acme.shop;

import jakarta.persistence.Entity;
import java.time.Instant;

@Entity
public class User {
    public Long getId() {
        return 1L;
    }

    public String getEmail() {
        return "a@b.c";
    }

    public String getPhone() {
        return "+1";
    }

    public String getName() {
        return "Ada";
    }

    public boolean isActive() {
        return true;
    }

    public boolean isWelcomeEmailSent() {
        return false;
    }

    public void setWelcomeEmailSent(boolean sent) {}

    public int getLoginCount() {
        return 0;
    }

    public void setLoginCount(int count) {}

    public Instant getLastSeenAt() {
        return null;
    }

    public void setLastSeenAt(Instant at) {}
}
