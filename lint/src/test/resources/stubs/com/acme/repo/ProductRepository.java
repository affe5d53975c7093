package com.acme.repo;

public interface ProductRepository
        extends org.springframework.data.jpa.repository.JpaRepository<
                com.acme.domain.Product, Long> {
    java.util.List<com.acme.domain.Product> findByDiscontinuedFalse(
            org.springframework.data.domain.Pageable p);

    java.util.List<com.acme.domain.Product> findBySku(String sku);
}
