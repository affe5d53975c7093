package org.springframework.data.domain;

public interface Pageable {
    static Pageable ofSize(int size) { return null; }
    Pageable next();
}
