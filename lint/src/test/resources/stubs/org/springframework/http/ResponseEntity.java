package org.springframework.http;

public class ResponseEntity<T> {
    public T getBody() {
        return null;
    }

    public boolean hasBody() {
        return false;
    }

    public org.springframework.http.HttpStatusCode getStatusCode() {
        return null;
    }
}
