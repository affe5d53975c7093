package com.acme.repo;

public interface SubscriptionRepository
        extends org.springframework.data.jpa.repository.JpaRepository<
                com.acme.domain.Subscription, Long> {
    java.util.List<com.acme.domain.Subscription> findByStatusAndRenewsAtBefore(
            com.acme.domain.SubscriptionStatus s, java.time.Instant t);
}
