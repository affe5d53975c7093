package com.acme.repo;

public interface InvoiceRepository
        extends org.springframework.data.jpa.repository.JpaRepository<
                com.acme.domain.Invoice, Long> {
    java.util.List<com.acme.domain.Invoice> findByStatus(com.acme.domain.InvoiceStatus s);

    java.util.List<com.acme.domain.Invoice> findByStatusAndSentAtBefore(
            com.acme.domain.InvoiceStatus s,
            java.time.Instant t,
            org.springframework.data.domain.Pageable p);

    int claimForSending(Long id);
}
