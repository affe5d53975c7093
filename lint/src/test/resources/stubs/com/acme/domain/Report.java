package com.acme.domain;

@jakarta.persistence.Entity
public class Report {
    @jakarta.persistence.Id private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    private String kind;

    public String getKind() {
        return kind;
    }

    public void setKind(String v) {
        this.kind = v;
    }

    private String status;

    public String getStatus() {
        return status;
    }

    public void setStatus(String v) {
        this.status = v;
    }

    private String s3Key;

    public String getS3Key() {
        return s3Key;
    }

    public void setS3Key(String v) {
        this.s3Key = v;
    }

    private java.time.Instant generatedAt;

    public java.time.Instant getGeneratedAt() {
        return generatedAt;
    }

    public void setGeneratedAt(java.time.Instant v) {
        this.generatedAt = v;
    }
}
