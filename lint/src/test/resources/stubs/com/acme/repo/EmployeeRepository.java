package com.acme.repo;

public interface EmployeeRepository
        extends org.springframework.data.jpa.repository.JpaRepository<
                com.acme.domain.Employee, Long> {}
