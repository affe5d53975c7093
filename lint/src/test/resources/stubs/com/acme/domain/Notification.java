package com.acme.domain;

@jakarta.persistence.Entity
public class Notification {
    @jakarta.persistence.Id private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    private Long userId;

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long v) {
        this.userId = v;
    }

    private String kind;

    public String getKind() {
        return kind;
    }

    public void setKind(String v) {
        this.kind = v;
    }

    private String dedupKey;

    public String getDedupKey() {
        return dedupKey;
    }

    public void setDedupKey(String v) {
        this.dedupKey = v;
    }

    private java.time.Instant sentAt;

    public java.time.Instant getSentAt() {
        return sentAt;
    }

    public void setSentAt(java.time.Instant v) {
        this.sentAt = v;
    }
}
