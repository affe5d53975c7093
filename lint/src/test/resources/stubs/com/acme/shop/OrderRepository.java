package com.acme.shop;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrderRepository extends JpaRepository<Order, Long> {
    Page<Order> findByStatus(OrderStatus status, Pageable page);

    List<Order> findByCustomerId(Long customerId);

    Stream<Order> streamAll();

    int markReceiptSent(Long id);
}
