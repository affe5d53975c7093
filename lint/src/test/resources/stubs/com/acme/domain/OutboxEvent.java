package com.acme.domain;

@jakarta.persistence.Entity
public class OutboxEvent {
    @jakarta.persistence.Id private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    private String topic;

    public String getTopic() {
        return topic;
    }

    public void setTopic(String v) {
        this.topic = v;
    }

    private String key;

    public String getKey() {
        return key;
    }

    public void setKey(String v) {
        this.key = v;
    }

    private String payload;

    public String getPayload() {
        return payload;
    }

    public void setPayload(String v) {
        this.payload = v;
    }

    private boolean published;

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean v) {
        this.published = v;
    }
}
