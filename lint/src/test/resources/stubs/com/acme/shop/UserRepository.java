package com.acme.shop;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserRepository extends JpaRepository<User, Long> {
    Optional<User> findByEmail(String email);

    Page<User> findByActiveTrue(Pageable page);

    List<User> findByLastSeenAtBefore(Instant cutoff, Pageable page);

    List<Long> findIdsAfter(long afterId, int limit);

    void markWelcomeEmailSent(Long id);
}
