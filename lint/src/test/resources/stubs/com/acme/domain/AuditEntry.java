package com.acme.domain;

@jakarta.persistence.Entity
public class AuditEntry {
    @jakarta.persistence.Id private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    private String action;

    public String getAction() {
        return action;
    }

    public void setAction(String v) {
        this.action = v;
    }

    private Long actorId;

    public Long getActorId() {
        return actorId;
    }

    public void setActorId(Long v) {
        this.actorId = v;
    }

    private java.time.Instant at;

    public java.time.Instant getAt() {
        return at;
    }

    public void setAt(java.time.Instant v) {
        this.at = v;
    }
}
