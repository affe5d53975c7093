package com.acme.repo;

public interface ShipmentRepository
        extends org.springframework.data.jpa.repository.JpaRepository<
                com.acme.domain.Shipment, Long> {
    java.util.Optional<com.acme.domain.Shipment> findByOrderId(Long orderId);
}
