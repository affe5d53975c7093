package com.acme.loyalty;

public interface LoyaltyService {
    void addPoints(Long userId, int points);

    void setPoints(Long userId, int points);
}
