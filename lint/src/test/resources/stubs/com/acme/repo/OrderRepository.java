package com.acme.repo;

public interface OrderRepository
        extends org.springframework.data.jpa.repository.JpaRepository<com.acme.domain.Order, Long> {
    java.util.List<com.acme.domain.Order> findByStatus(com.acme.domain.OrderStatus s);

    java.util.List<com.acme.domain.Order> findByCustomerId(Long customerId);

    java.util.List<com.acme.domain.Order> findTop500ByStatusOrderByIdAsc(
            com.acme.domain.OrderStatus s);

    org.springframework.data.domain.Page<com.acme.domain.Order> findByStatus(
            com.acme.domain.OrderStatus s, org.springframework.data.domain.Pageable p);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query(
            "update Order o set o.status = :s where o.id = :id and o.status ="
                    + " com.acme.domain.OrderStatus.NEW")
    int markPaidIfNew(
            @org.springframework.data.repository.query.Param("id") Long id,
            @org.springframework.data.repository.query.Param("s") com.acme.domain.OrderStatus s);
}
