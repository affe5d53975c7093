package org.springframework.data.domain;

public class Sort {
    public static Sort by(String... p) {
        return new Sort();
    }

    public Sort descending() {
        return this;
    }
}
