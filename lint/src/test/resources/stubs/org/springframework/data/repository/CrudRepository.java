package org.springframework.data.repository;

public interface CrudRepository<T, ID> {
    java.util.Optional<T> findById(ID id);

    boolean existsById(ID id);

    Iterable<T> findAll();

    Iterable<T> findAllById(Iterable<ID> ids);

    <S extends T> S save(S e);

    <S extends T> Iterable<S> saveAll(Iterable<S> es);

    long count();

    void deleteById(ID id);

    void delete(T e);
}
