package org.springframework.data.repository.query;

public @interface Param {
    String value();
}
