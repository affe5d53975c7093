package com.acme.repo;

public interface ReportRepository
        extends org.springframework.data.jpa.repository.JpaRepository<
                com.acme.domain.Report, Long> {}
