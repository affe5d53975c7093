package org.springframework.data.domain;

public final class Sort {
    public static Sort by(String... properties) { return new Sort(); }
}
