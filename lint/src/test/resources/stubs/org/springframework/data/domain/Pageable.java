package org.springframework.data.domain;

public interface Pageable {
    int getPageNumber();

    int getPageSize();

    Pageable next();

    static Pageable unpaged() {
        return null;
    }

    static Pageable ofSize(int n) {
        return PageRequest.of(0, n);
    }
}
