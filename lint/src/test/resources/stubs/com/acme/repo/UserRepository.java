package com.acme.repo;

public interface UserRepository
        extends org.springframework.data.jpa.repository.JpaRepository<com.acme.domain.User, Long> {
    java.util.Optional<com.acme.domain.User> findByEmail(String email);

    java.util.List<com.acme.domain.User> findByActiveTrue();

    java.util.List<com.acme.domain.User> findByLastSeenAtBefore(
            java.time.Instant t, org.springframework.data.domain.Pageable p);

    org.springframework.data.domain.Slice<com.acme.domain.User> findByTier(
            String tier, org.springframework.data.domain.Pageable p);

    java.util.stream.Stream<com.acme.domain.User> streamAll();

    java.util.List<Long> findIdsByTier(String tier);

    long countByActiveTrue();
}
