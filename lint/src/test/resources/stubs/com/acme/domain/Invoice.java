package com.acme.domain;

@jakarta.persistence.Entity
public class Invoice {
    @jakarta.persistence.Id private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    private Long accountId;

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long v) {
        this.accountId = v;
    }

    private java.math.BigDecimal amount;

    public java.math.BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(java.math.BigDecimal v) {
        this.amount = v;
    }

    private InvoiceStatus status;

    public InvoiceStatus getStatus() {
        return status;
    }

    public void setStatus(InvoiceStatus v) {
        this.status = v;
    }

    private String pdfKey;

    public String getPdfKey() {
        return pdfKey;
    }

    public void setPdfKey(String v) {
        this.pdfKey = v;
    }

    private java.time.Instant sentAt;

    public java.time.Instant getSentAt() {
        return sentAt;
    }

    public void setSentAt(java.time.Instant v) {
        this.sentAt = v;
    }

    private int reminderCount;

    public int getReminderCount() {
        return reminderCount;
    }

    public void setReminderCount(int v) {
        this.reminderCount = v;
    }

    private String number;

    public String getNumber() {
        return number;
    }

    public void setNumber(String v) {
        this.number = v;
    }
}
