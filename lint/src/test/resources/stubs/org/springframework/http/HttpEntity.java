package org.springframework.http;

public class HttpEntity<T> {
    public HttpEntity(T body) {}

    public HttpEntity(T body, HttpHeaders h) {}
}
