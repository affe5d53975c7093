package com.acme.domain;

@jakarta.persistence.Entity
public class Article {
    @jakarta.persistence.Id private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    private String title;

    public String getTitle() {
        return title;
    }

    public void setTitle(String v) {
        this.title = v;
    }

    private long views;

    public long getViews() {
        return views;
    }

    public void setViews(long v) {
        this.views = v;
    }

    private boolean published;

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean v) {
        this.published = v;
    }

    private Long authorId;

    public Long getAuthorId() {
        return authorId;
    }

    public void setAuthorId(Long v) {
        this.authorId = v;
    }
}
