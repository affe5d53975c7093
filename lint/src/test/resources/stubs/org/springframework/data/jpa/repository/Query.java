package org.springframework.data.jpa.repository;

public @interface Query {
    String value();

    boolean nativeQuery() default false;
}
