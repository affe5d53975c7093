package com.acme.repo;

public interface OutboxRepository
        extends org.springframework.data.jpa.repository.JpaRepository<
                com.acme.domain.OutboxEvent, Long> {
    java.util.List<com.acme.domain.OutboxEvent> findTop100ByPublishedFalseOrderByIdAsc();
}
