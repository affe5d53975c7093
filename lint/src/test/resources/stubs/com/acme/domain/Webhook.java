package com.acme.domain;

@jakarta.persistence.Entity
public class Webhook {
    @jakarta.persistence.Id private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    private String url;

    public String getUrl() {
        return url;
    }

    public void setUrl(String v) {
        this.url = v;
    }

    private String secret;

    public String getSecret() {
        return secret;
    }

    public void setSecret(String v) {
        this.secret = v;
    }

    private boolean enabled;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean v) {
        this.enabled = v;
    }
}
