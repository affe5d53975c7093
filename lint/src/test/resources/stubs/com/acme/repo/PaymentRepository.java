package com.acme.repo;

public interface PaymentRepository
        extends org.springframework.data.jpa.repository.JpaRepository<
                com.acme.domain.Payment, Long> {
    java.util.Optional<com.acme.domain.Payment> findByOrderId(Long orderId);

    boolean existsByIdempotencyKey(String key);
}
