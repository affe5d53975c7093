package com.acme.shop;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<Account, Long> {
    void incrementCredits(Long id, long by);
}
