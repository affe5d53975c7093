package org.springframework.data.domain;

public interface Slice<T> extends Iterable<T> {
    java.util.List<T> getContent();

    boolean hasNext();

    Pageable nextPageable();
}
