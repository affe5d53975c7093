package com.acme.payments;

public interface PayoutClient {
    String payout(String accountRef, java.math.BigDecimal amount);

    String transferFunds(String from, String to, java.math.BigDecimal amt);
}
