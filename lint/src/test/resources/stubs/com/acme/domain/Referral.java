package com.acme.domain;

@jakarta.persistence.Entity
public class Referral {
    @jakarta.persistence.Id private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    private Long referrerId;

    public Long getReferrerId() {
        return referrerId;
    }

    public void setReferrerId(Long v) {
        this.referrerId = v;
    }

    private Long refereeId;

    public Long getRefereeId() {
        return refereeId;
    }

    public void setRefereeId(Long v) {
        this.refereeId = v;
    }

    private boolean rewarded;

    public boolean isRewarded() {
        return rewarded;
    }

    public void setRewarded(boolean v) {
        this.rewarded = v;
    }
}
