package com.acme.repo;

public interface NotificationRepository
        extends org.springframework.data.jpa.repository.JpaRepository<
                com.acme.domain.Notification, Long> {
    boolean existsByDedupKey(String key);

    java.util.Optional<com.acme.domain.Notification> findByDedupKey(String key);
}
