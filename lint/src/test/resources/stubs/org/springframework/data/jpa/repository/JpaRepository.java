package org.springframework.data.jpa.repository;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

public interface JpaRepository<T, ID> {
    List<T> findAll();
    List<T> findAll(Sort sort);
    Page<T> findAll(Pageable pageable);
    List<T> findAllById(Iterable<ID> ids);
    Optional<T> findById(ID id);
    T getReferenceById(ID id);
    boolean existsById(ID id);
    <S extends T> S save(S entity);
    <S extends T> List<S> saveAll(Iterable<S> entities);
    void deleteById(ID id);
    long count();
}
