package com.acme.repo;

public interface AccountRepository
        extends org.springframework.data.jpa.repository.JpaRepository<
                com.acme.domain.Account, Long> {
    java.util.Optional<com.acme.domain.Account> findByOwner(String owner);
}
