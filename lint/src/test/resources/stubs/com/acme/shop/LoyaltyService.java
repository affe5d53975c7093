package com.acme.shop;

public interface LoyaltyService {
    void addPoints(Long customerId, int points);

    int pointsOf(Long customerId);
}
