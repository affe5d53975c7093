package org.springframework.dao;

public class DataIntegrityViolationException extends RuntimeException {
    public DataIntegrityViolationException(String m) {
        super(m);
    }
}
