package com.acme.domain;

@jakarta.persistence.Entity
public class Shipment {
    @jakarta.persistence.Id private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    private Long orderId;

    public Long getOrderId() {
        return orderId;
    }

    public void setOrderId(Long v) {
        this.orderId = v;
    }

    private String carrier;

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String v) {
        this.carrier = v;
    }

    private String trackingNumber;

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String v) {
        this.trackingNumber = v;
    }

    private String labelUrl;

    public String getLabelUrl() {
        return labelUrl;
    }

    public void setLabelUrl(String v) {
        this.labelUrl = v;
    }

    private boolean labelPurchased;

    public boolean isLabelPurchased() {
        return labelPurchased;
    }

    public void setLabelPurchased(boolean v) {
        this.labelPurchased = v;
    }
}
