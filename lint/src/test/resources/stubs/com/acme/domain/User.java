package com.acme.domain;

@jakarta.persistence.Entity
public class User {
    @jakarta.persistence.Id private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    private String email;

    public String getEmail() {
        return email;
    }

    public void setEmail(String v) {
        this.email = v;
    }

    private String name;

    public String getName() {
        return name;
    }

    public void setName(String v) {
        this.name = v;
    }

    private String phone;

    public String getPhone() {
        return phone;
    }

    public void setPhone(String v) {
        this.phone = v;
    }

    private boolean welcomeEmailSent;

    public boolean isWelcomeEmailSent() {
        return welcomeEmailSent;
    }

    public void setWelcomeEmailSent(boolean v) {
        this.welcomeEmailSent = v;
    }

    private int loginCount;

    public int getLoginCount() {
        return loginCount;
    }

    public void setLoginCount(int v) {
        this.loginCount = v;
    }

    private int points;

    public int getPoints() {
        return points;
    }

    public void setPoints(int v) {
        this.points = v;
    }

    private String locale;

    public String getLocale() {
        return locale;
    }

    public void setLocale(String v) {
        this.locale = v;
    }

    private String deviceToken;

    public String getDeviceToken() {
        return deviceToken;
    }

    public void setDeviceToken(String v) {
        this.deviceToken = v;
    }

    private java.time.Instant lastSeenAt;

    public java.time.Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public void setLastSeenAt(java.time.Instant v) {
        this.lastSeenAt = v;
    }

    private String tier;

    public String getTier() {
        return tier;
    }

    public void setTier(String v) {
        this.tier = v;
    }

    private boolean active;

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean v) {
        this.active = v;
    }
}
