package com.acme.repo;

public interface WebhookRepository
        extends org.springframework.data.jpa.repository.JpaRepository<
                com.acme.domain.Webhook, Long> {
    java.util.List<com.acme.domain.Webhook> findByEnabledTrue();
}
