package org.springframework.data.domain;

import java.util.List;

public interface Page<T> extends Iterable<T> {
    List<T> getContent();
    boolean hasNext();
    Pageable nextPageable();
}
