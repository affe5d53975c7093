package com.acme.repo;

public interface CouponRepository
        extends org.springframework.data.jpa.repository.JpaRepository<
                com.acme.domain.Coupon, Long> {
    java.util.Optional<com.acme.domain.Coupon> findByCode(String code);
}
