package org.springframework.data.domain;

public class PageRequest implements Pageable {
    public static PageRequest of(int p, int s) {
        return new PageRequest();
    }

    public static PageRequest of(int p, int s, Sort sort) {
        return new PageRequest();
    }

    public int getPageNumber() {
        return 0;
    }

    public int getPageSize() {
        return 0;
    }

    public Pageable next() {
        return this;
    }
}
