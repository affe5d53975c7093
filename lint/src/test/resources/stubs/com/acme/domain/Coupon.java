package com.acme.domain;

@jakarta.persistence.Entity
public class Coupon {
    @jakarta.persistence.Id private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    private String code;

    public String getCode() {
        return code;
    }

    public void setCode(String v) {
        this.code = v;
    }

    private int redemptions;

    public int getRedemptions() {
        return redemptions;
    }

    public void setRedemptions(int v) {
        this.redemptions = v;
    }

    private int maxRedemptions;

    public int getMaxRedemptions() {
        return maxRedemptions;
    }

    public void setMaxRedemptions(int v) {
        this.maxRedemptions = v;
    }
}
