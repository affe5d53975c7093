package com.acme.repo;

public interface ReferralRepository
        extends org.springframework.data.jpa.repository.JpaRepository<
                com.acme.domain.Referral, Long> {}
