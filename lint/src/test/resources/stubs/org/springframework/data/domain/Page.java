package org.springframework.data.domain;

public interface Page<T> extends Slice<T> {
    int getTotalPages();
}
